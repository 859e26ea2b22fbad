import { defineRule, specUrl } from './api.js';
import { seccompRules } from '../model/seccomp.js';

// With SCMP_ACT_NOTIFY the decision for a syscall is taken by a user-space agent reached through
// listenerPath. The filter is then only as strong as that agent, which lives outside the config.
// Only the rules of linux.seccomp.syscalls can delegate: as the default action, SCMP_ACT_NOTIFY is
// refused by libseccomp and the container does not start (linux-seccomp-notify reports that).
export default defineRule({
  meta: {
    id: 'seccomp-notify',
    description: 'Seccomp decisions delegated to a user-space agent (SCMP_ACT_NOTIFY) should be reviewed.',
    category: 'security',
    defaultSeverity: 'info',
    securitySeverity: 'low',
    spec: { url: specUrl('config-linux.md', 'configLinuxSeccomp'), level: 'MAY' },
    platforms: ['linux'],
    messages: {
      ruleNotify: {
        headline: 'linux.seccomp.syscalls[{{index}}] sends {{names}} to a user-space agent',
        detail: 'With SCMP_ACT_NOTIFY the agent at linux.seccomp.listenerPath decides, not the filter: the filter is only as strong as that agent, which lives outside the config.',
        help: 'Review the agent that listens at linux.seccomp.listenerPath.',
      },
    },
  },
  reads: ['linux.seccomp.syscalls'],
  check(ctx) {
    for (const r of seccompRules(ctx)) {
      if (r.action === 'SCMP_ACT_NOTIFY') ctx.report({ messageId: 'ruleNotify', node: r.node, key: 'action', data: { index: r.index, names: r.names.map((n) => `"${n}"`).join(', ') } });
    }
  },
});
