import { defineRule } from './api.js';
import { ALLOW_ACTIONS, DENY_ACTIONS, seccompRules } from './util/seccomp.js';

// A profile that allows by default and denies nothing filters nothing: it is "Unconfined" in
// Kubernetes terms, only with the cost of a filter.
export default defineRule({
  meta: {
    id: 'seccomp-unconfined',
    description: 'A seccomp profile should deny something: an allow-by-default profile without denying rules filters nothing.',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 'high',
    platforms: ['linux'],
    messages: {
      unconfined: 'linux.seccomp.defaultAction is "{{action}}" and no entry of linux.seccomp.syscalls denies anything: the filter blocks no syscall.',
    },
  },
  check(ctx) {
    const action = ctx.string('/linux/seccomp/defaultAction');
    if (action === undefined || !ALLOW_ACTIONS.has(action)) return;
    if (seccompRules(ctx).some((r) => r.action !== undefined && DENY_ACTIONS.has(r.action) && r.names.length > 0)) return;
    ctx.report({ messageId: 'unconfined', pointer: '/linux/seccomp/defaultAction', data: { action } });
  },
});
