import { defineRule, specUrl } from './api.js';

// runc 1.1.5 converts linux.seccomp and refuses any non-empty "flags" list with "seccomp flags
// are not yet supported by runc" (checked with the runtime oracle); crun applies them.
export default defineRule({
  meta: {
    id: 'runc-seccomp-flags',
    description: 'runc 1.1 refuses a seccomp filter with flags.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'seccomp'), level: 'MAY' },
    targets: ['runc'],
    runtimeVersions: 'runc 1.1.5',
    platforms: ['linux'],
    messages: {
      flags: 'runc refuses linux.seccomp.flags ({{flags}}): "seccomp flags are not yet supported by runc".',
    },
  },
  check(ctx) {
    const flags = ctx.array('/linux/seccomp/flags');
    if (!flags || flags.length === 0) return;
    ctx.report({ messageId: 'flags', pointer: '/linux/seccomp/flags', data: { flags: flags.map((f) => JSON.stringify(f)).join(', ') } });
  },
});
