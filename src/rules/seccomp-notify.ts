import { defineRule } from './api.js';
import { seccompRules } from './util/seccomp.js';

// With SCMP_ACT_NOTIFY the decision for a syscall is taken by a user-space agent reached through
// listenerPath. The filter is then only as strong as that agent, which lives outside the config.
export default defineRule({
  meta: {
    id: 'seccomp-notify',
    description: 'Seccomp decisions delegated to a user-space agent (SCMP_ACT_NOTIFY) should be reviewed.',
    category: 'security',
    defaultSeverity: 'info',
    securitySeverity: 'low',
    platforms: ['linux'],
    messages: {
      defaultNotify: 'linux.seccomp.defaultAction is "SCMP_ACT_NOTIFY": every syscall without a rule is decided by the agent at linux.seccomp.listenerPath.',
      ruleNotify: 'linux.seccomp.syscalls[{{index}}] sends {{names}} to a user-space agent (SCMP_ACT_NOTIFY): the agent, not the filter, decides.',
    },
  },
  check(ctx) {
    if (ctx.string('/linux/seccomp/defaultAction') === 'SCMP_ACT_NOTIFY') ctx.report({ messageId: 'defaultNotify', pointer: '/linux/seccomp/defaultAction' });
    for (const r of seccompRules(ctx)) {
      if (r.action === 'SCMP_ACT_NOTIFY') ctx.report({ messageId: 'ruleNotify', pointer: `${r.pointer}/action`, data: { index: r.index, names: r.names.map((n) => `"${n}"`).join(', ') } });
    }
  },
});
