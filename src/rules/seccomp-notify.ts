import { defineRule, specUrl } from './api.js';
import { seccompRules } from '../model/seccomp.js';

// With SCMP_ACT_NOTIFY the decision for a syscall is taken by a user-space agent reached through
// listenerPath. The filter is then only as strong as that agent, which lives outside the config.
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
      defaultNotify: {
        headline: 'linux.seccomp.defaultAction is "SCMP_ACT_NOTIFY"',
        detail: 'Every system call without a rule is decided by the agent at linux.seccomp.listenerPath: the filter is only as strong as that agent, which lives outside the config.',
        help: 'Review the agent, or let the filter decide by default with an action of its own.',
      },
      ruleNotify: {
        headline: 'linux.seccomp.syscalls[{{index}}] sends {{names}} to a user-space agent',
        detail: 'With SCMP_ACT_NOTIFY the agent at linux.seccomp.listenerPath decides, not the filter: the filter is only as strong as that agent, which lives outside the config.',
        help: 'Review the agent that listens at linux.seccomp.listenerPath.',
      },
    },
  },
  reads: ['linux.seccomp.defaultAction', 'linux.seccomp.syscalls'],
  check(ctx) {
    const seccomp = ctx.config.linux?.seccomp;
    if (seccomp?.defaultAction === 'SCMP_ACT_NOTIFY') ctx.report({ messageId: 'defaultNotify', node: seccomp, key: 'defaultAction' });
    for (const r of seccompRules(ctx)) {
      if (r.action === 'SCMP_ACT_NOTIFY') ctx.report({ messageId: 'ruleNotify', node: r.node, key: 'action', data: { index: r.index, names: r.names.map((n) => `"${n}"`).join(', ') } });
    }
  },
});
