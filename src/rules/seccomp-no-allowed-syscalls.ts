import { defineRule, specUrl } from './api.js';
import { ALLOW_ACTIONS, seccompRules } from '../model/seccomp.js';

// A profile that denies by default and allows nothing stops the container at its first syscall
// (the runtime's own execve of process.args[0] is already filtered). It is not a risk to the host,
// but it is always a mistake, usually a profile whose allow list was lost in conversion.
export default defineRule({
  meta: {
    id: 'seccomp-no-allowed-syscalls',
    description: 'A deny-by-default seccomp profile should allow some syscalls, or the container dies at its first syscall.',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 'high',
    spec: { url: specUrl('config-linux.md', 'configLinuxSeccomp'), level: 'MAY' },
    platforms: ['linux'],
    messages: {
      none: {
        headline: 'linux.seccomp.defaultAction is "{{action}}" and no syscalls entry allows anything',
        detail: 'The container\'s process cannot start: the runtime\'s final execve is already filtered. Such a profile has usually lost its allow list in a conversion.',
        help: 'Add the allow list: a rule with the action SCMP_ACT_ALLOW that names the system calls the workload needs.',
      },
    },
  },
  reads: ['linux.seccomp.defaultAction'],
  check(ctx) {
    const seccomp = ctx.config.linux?.seccomp;
    const action = seccomp?.defaultAction;
    if (!seccomp || action === undefined || action === '' || ALLOW_ACTIONS.has(action) || action === 'SCMP_ACT_NOTIFY') return;
    if (seccompRules(ctx).some((r) => r.action !== undefined && (ALLOW_ACTIONS.has(r.action) || r.action === 'SCMP_ACT_NOTIFY') && r.names.length > 0)) return;
    ctx.report({ messageId: 'none', node: seccomp, key: 'defaultAction', data: { action } });
  },
});
