import { defineRule, specUrl } from './api.js';

// config-linux.md "Seccomp": flags (v1.0.2) are passed to seccomp(2). The spec allows them and crun
// 1.8 applies them, but runc before 1.2 refuses any flag at create ("seccomp flags are not yet
// supported by runc", verified with runc 1.1.5). Newer runc accepts them, so this is a warning about
// portability rather than an error. A flag listed twice is harmless but suggests an editing slip.
export default defineRule({
  meta: {
    id: 'linux-seccomp-flags',
    description: 'Warns that seccomp flags are refused by runc before 1.2, and about repeated flags.',
    category: 'runtime',
    defaultSeverity: 'warning',
    spec: { url: specUrl('config-linux.md', 'configLinuxSeccomp'), level: 'MAY' },
    versions: '>=1.0.2',
    platforms: ['linux'],
    messages: {
      oldRunc: {
        headline: 'linux.seccomp.flags is not empty: runc before 1.2 refuses any seccomp flag',
        detail: 'runc 1.1.5 refuses the bundle at create ("seccomp flags are not yet supported by runc"); crun and newer runc apply the flags.',
        help: 'Remove the flags if the bundle must run on runc 1.1 or older.',
      },
      repeated: {
        headline: 'linux.seccomp.flags[{{index}}] "{{value}}" is listed twice',
        detail: 'A repeated flag is harmless, but suggests an editing slip.',
        help: 'Remove the repeated entry.',
        severity: 'info',
      },
    },
  },
  reads: ['linux.seccomp.flags'],
  check(ctx) {
    const seccomp = ctx.config.linux?.seccomp;
    const flags = seccomp?.flags;
    if (!seccomp || !flags || flags.length === 0) return;
    // With --target, runc-seccomp-flags says what the runc releases meant do (an error where they
    // refuse); crun, youki and runc 1.2+ apply the flags.
    if (ctx.targets.size === 0) ctx.report({ messageId: 'oldRunc', node: seccomp, key: 'flags' });
    const seen = new Set<string>();
    flags.forEach((value, index) => {
      if (value === undefined) return;
      if (seen.has(value)) ctx.report({ messageId: 'repeated', node: flags, key: index, data: { index, value } });
      seen.add(value);
    });
  },
});
