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
      flags: {
        headline: 'linux.seccomp.flags ({{flags}}) is refused by runc 1.1',
        detail: 'runc 1.1.5 refuses any seccomp flag: "seccomp flags are not yet supported by runc". crun applies them.',
        help: 'Remove linux.seccomp.flags when the bundle must run on runc 1.1.',
      },
    },
  },
  reads: ['linux.seccomp.flags'],
  check(ctx) {
    const seccomp = ctx.config.linux?.seccomp;
    const flags = seccomp?.flags;
    if (!seccomp || !flags || flags.length === 0) return;
    ctx.report({ messageId: 'flags', node: seccomp, key: 'flags', data: { flags: flags.filter((f) => f !== undefined).map((f) => JSON.stringify(f)).join(', ') } });
  },
});
