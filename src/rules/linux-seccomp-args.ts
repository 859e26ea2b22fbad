import { defineRule, specUrl } from './api.js';
import { isInt } from '../model/users.js';
import { fieldOf } from '../model/view.js';

// config-linux.md "Seccomp": args[].index names a system call argument. System calls have at most six
// (0..5): runc fails with "syscalls only have up to 6 arguments", crun with "invalid seccomp index"
// (both verified). Not reported: SCMP_CMP_MASKED_EQ without valueTwo (Docker's default profile uses
// it on purpose to test that no namespace flag is set in clone), and two conditions on one
// argument (both runtimes accept it; runc splits them into separate rules).
export default defineRule({
  meta: {
    id: 'linux-seccomp-args',
    description: 'Seccomp argument conditions must use argument indexes 0 to 5.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxSeccomp'), level: 'MAY' },
    platforms: ['linux'],
    messages: {
      index: {
        headline: '{{field}} {{value}} is out of range: arguments are numbered 0 to 5',
        detail: 'A system call has at most six arguments. runc fails on a higher index ("syscalls only have up to 6 arguments"), and so does crun ("invalid seccomp index").',
        help: 'Use the index of the argument the condition tests, from 0 to 5.',
      },
    },
  },
  reads: ['linux.seccomp.syscalls'],
  check(ctx) {
    for (const s of ctx.config.linux?.seccomp?.syscalls ?? []) {
      for (const arg of s?.args ?? []) {
        const value = arg?.index;
        if (arg && isInt(value) && value > 5) ctx.report({ messageId: 'index', node: arg, key: 'index', data: { field: fieldOf(arg, 'index'), value } });
      }
    }
  },
});
