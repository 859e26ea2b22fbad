import { defineRule, isObject, ptr, specUrl } from './api.js';
import { isInt } from './util/linux.js';

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
      index: 'linux.seccomp.syscalls[{{index}}].args[{{a}}].index {{value}} is out of range; system calls have arguments 0 to 5.',
    },
  },
  check(ctx) {
    (ctx.array('/linux/seccomp/syscalls') ?? []).forEach((s, index) => {
      if (!isObject(s) || !Array.isArray(s['args'])) return;
      s['args'].forEach((arg, a) => {
        if (!isObject(arg)) return;
        const value = arg['index'];
        if (isInt(value)) {
          if (value > 5) ctx.report({ messageId: 'index', pointer: ptr('linux', 'seccomp', 'syscalls', index, 'args', a, 'index'), data: { index, a, value } });
        }
      });
    });
  },
});
