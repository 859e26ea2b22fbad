import { defineRule } from './api.js';
import { ALLOW_ACTIONS, seccompRules } from './util/seccomp.js';

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
    platforms: ['linux'],
    messages: {
      none: 'linux.seccomp.defaultAction is "{{action}}" and linux.seccomp.syscalls allows nothing: the container\'s process cannot start, because the runtime\'s final execve is already filtered.',
    },
  },
  check(ctx) {
    const action = ctx.string('/linux/seccomp/defaultAction');
    if (action === undefined || action === '' || ALLOW_ACTIONS.has(action) || action === 'SCMP_ACT_NOTIFY') return;
    if (seccompRules(ctx).some((r) => r.action !== undefined && (ALLOW_ACTIONS.has(r.action) || r.action === 'SCMP_ACT_NOTIFY') && r.names.length > 0)) return;
    ctx.report({ messageId: 'none', pointer: '/linux/seccomp/defaultAction', data: { action } });
  },
});
