import { defineRule } from './api.js';
import { fieldOf } from '../model/view.js';

// The errno a SCMP_ACT_ERRNO rule returns travels in the low 16 bits of the seccomp filter's
// return value: SCMP_ACT_ERRNO(x) in libseccomp keeps x & 0xffff, as runc's int16 conversion
// does (libcontainer/seccomp, every release to 1.5.1). libseccomp refuses an errno of 4095 or more
// (EINVAL), so runc 1.1.5 ("error adding seccomp filter rule") and crun 1.8.1 ("seccomp_rule_add
// `getcwd`: Invalid argument"; for defaultErrnoRet "error seccomp_init") fail at create: checked
// for 4095, 4096 and 40000, with 4094 accepted. Above 65535 only the low 16 bits count: 65537 is
// returned as errno 1 and 65536 as 0, a call that seems to succeed; both runtimes run it (runtime
// oracle), and 69631 (4095 in the low bits) is refused like 4095.
const MAX_ERRNO = 4094n;
const LOW_BITS = 0xffffn;

export default defineRule({
  meta: {
    id: 'linux-seccomp-errno-value',
    description: 'The errno of a SCMP_ACT_ERRNO rule must be one that libseccomp accepts and that reaches the kernel as written.',
    category: 'runtime',
    defaultSeverity: 'error',
    platforms: ['linux'],
    runtimeVersions: 'runc 1.1.5, crun 1.8.1 (runtime oracle)',
    messages: {
      range: {
        headline: '{{field}} {{value}} is errno {{kept}}, above 4094, the most libseccomp takes',
        detail: 'libseccomp refuses the rule (EINVAL), and runc and crun fail at create. Only the low 16 bits of the value are kept.',
        help: 'Use an errno from 1 to 4094, such as 1 (EPERM) or 38 (ENOSYS).',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      wraps: {
        headline: '{{field}} {{value}} is returned as {{result}}',
        detail: 'Only the low 16 bits of the value reach the kernel: the filtered call returns {{kept}}, not the errno written. runc and crun run the container.',
        help: 'Use an errno from 1 to 4094, such as 1 (EPERM) or 38 (ENOSYS).',
        severity: 'warning',
      },
    },
  },
  reads: ['linux.seccomp.defaultAction', 'linux.seccomp.defaultErrnoRet', 'linux.seccomp.syscalls'],
  check(ctx) {
    const seccomp = ctx.config.linux?.seccomp;
    if (!seccomp) return;
    const judge = (node: object, key: string): void => {
      const value = ctx.exact(node, key);
      if (value === undefined || value < 0n || !ctx.valid(node, key)) return;
      const kept = value & LOW_BITS;
      if (kept > MAX_ERRNO) {
        ctx.report({ messageId: 'range', node, key, data: { field: fieldOf(node, key), value, kept } });
      } else if (value > LOW_BITS) {
        const result = kept === 0n ? '0: the call seems to succeed' : `errno ${kept}`;
        ctx.report({ messageId: 'wraps', node, key, data: { field: fieldOf(node, key), value, kept, result } });
      }
    };
    if (seccomp.defaultAction === 'SCMP_ACT_ERRNO') judge(seccomp, 'defaultErrnoRet');
    for (const s of seccomp.syscalls ?? []) if (s?.action === 'SCMP_ACT_ERRNO') judge(s, 'errnoRet');
  },
});
