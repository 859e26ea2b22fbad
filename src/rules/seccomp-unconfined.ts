import { defineRule, specUrl } from './api.js';
import { ALLOW_ACTIONS, DENY_ACTIONS, seccompRules } from '../model/seccomp.js';

// A profile that allows by default and denies nothing filters nothing: it is "Unconfined" in
// Kubernetes terms, only with the cost of a filter.
export default defineRule({
  meta: {
    id: 'seccomp-unconfined',
    description: 'A seccomp profile should deny something: an allow-by-default profile without denying rules filters nothing.',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 'high',
    spec: { url: specUrl('config-linux.md', 'configLinuxSeccomp'), level: 'MAY' },
    platforms: ['linux'],
    messages: {
      unconfined: {
        headline: 'linux.seccomp.defaultAction is "{{action}}" and no syscalls entry denies anything',
        detail: 'The filter blocks no system call: the profile is "Unconfined" in Kubernetes terms, only with the cost of a filter.',
        help: 'Deny by default and allow the system calls the workload needs, or add entries that deny the calls it must not make.',
      },
    },
  },
  reads: ['linux.seccomp.defaultAction'],
  check(ctx) {
    const seccomp = ctx.config.linux?.seccomp;
    const action = seccomp?.defaultAction;
    if (!seccomp || action === undefined || !ALLOW_ACTIONS.has(action)) return;
    if (seccompRules(ctx).some((r) => r.action !== undefined && DENY_ACTIONS.has(r.action) && r.names.length > 0)) return;
    ctx.report({ messageId: 'unconfined', node: seccomp, key: 'defaultAction', data: { action } });
  },
});
