import { defineRule, specUrl, targetsRelease } from './api.js';

// runc 1.1.5 converts linux.seccomp and refuses any non-empty "flags" list with "seccomp flags
// are not yet supported by runc" (checked with the runtime oracle; the same in every 1.1 release,
// libcontainer/specconv/spec_linux.go at v1.1.15); crun applies them. runc 1.2 knows
// SECCOMP_FILTER_FLAG_TSYNC (ignored), _LOG and _SPEC_ALLOW, and refuses any other flag
// (seccomp.FlagSupported, libcontainer/seccomp/config.go at v1.2.0); 1.5 adds
// _WAIT_KILLABLE_RECV (at v1.5.0). So from 1.2 only WAIT_KILLABLE_RECV, which the spec lists, is
// refused, until 1.5.
const KILLABLE = 'SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV';
export default defineRule({
  meta: {
    id: 'runc-seccomp-flags',
    description: 'runc 1.1 refuses a seccomp filter with flags, and runc 1.2 to 1.4 the WAIT_KILLABLE_RECV flag.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'seccomp'), level: 'MAY' },
    targets: ['runc'],
    targetVersions: { runc: '<1.5' },
    runtimeVersions: 'runc 1.1.5 (run), runc 1.1.15 to 1.5.1 (source)',
    platforms: ['linux'],
    messages: {
      flags: {
        headline: 'linux.seccomp.flags ({{flags}}) is refused by runc 1.1',
        detail: 'runc 1.1.5 refuses any seccomp flag: "seccomp flags are not yet supported by runc". crun applies them.',
        help: 'Remove linux.seccomp.flags when the bundle must run on runc 1.1.',
        runtimes: { runc: { refuses: '<1.2' } },
        basis: 'compat',
      },
      killable: {
        headline: 'linux.seccomp.flags[{{index}}] "{{value}}" is refused by runc before 1.5',
        detail: 'runc 1.2 to 1.4 know SECCOMP_FILTER_FLAG_TSYNC, _LOG and _SPEC_ALLOW, and refuse any other flag at create; runc 1.5 added this one. crun applies it.',
        help: 'Remove the flag when the bundle must run on runc before 1.5.',
        runtimes: { runc: { refuses: '<1.5' } },
        basis: 'compat',
      },
    },
  },
  reads: ['linux.seccomp.flags'],
  check(ctx) {
    const seccomp = ctx.config.linux?.seccomp;
    const flags = seccomp?.flags;
    if (!seccomp || !flags || flags.length === 0) return;
    if (!targetsRelease(ctx, 'runc', '<1.2')) {
      flags.forEach((value, index) => {
        if (value === KILLABLE) ctx.report({ messageId: 'killable', node: flags, key: index, data: { index, value } });
      });
      return;
    }
    ctx.report({ messageId: 'flags', node: seccomp, key: 'flags', data: { flags: flags.filter((f) => f !== undefined).map((f) => JSON.stringify(f)).join(', ') } });
  },
});
