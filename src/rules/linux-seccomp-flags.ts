import { defineRule, ptr, specUrl } from './api.js';

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
      oldRunc: 'linux.seccomp.flags is not empty: runc before 1.2 refuses any seccomp flag ("seccomp flags are not yet supported by runc"); crun and newer runc apply them.',
      repeated: 'linux.seccomp.flags[{{index}}] "{{value}}" is listed twice.',
    },
  },
  check(ctx) {
    const flags = ctx.array('/linux/seccomp/flags');
    if (!flags || flags.length === 0) return;
    ctx.report({ messageId: 'oldRunc', pointer: '/linux/seccomp/flags' });
    const seen = new Set<unknown>();
    flags.forEach((value, index) => {
      if (typeof value === 'string' && seen.has(value)) ctx.report({ messageId: 'repeated', pointer: ptr('linux', 'seccomp', 'flags', index), severity: 'info', data: { index, value } });
      seen.add(value);
    });
  },
});
