import { defineRule, specUrl } from './api.js';
import { seccompRules, type SyscallRule } from '../model/seccomp.js';
import { fieldOf } from '../model/view.js';

// config-linux.md "Seccomp": rules are per system call. When one call appears in two rules that
// have no argument conditions but different actions, the profile contradicts itself. runc and crun
// both accept it (verified), leave out the rules whose action is the default one, and apply the
// first of the others (runc 1.1.5 and crun 1.8.1 with libseccomp 2.5.4, run to the start with
// execve in two rules; see linux-seccomp-execve), so a later rule is silently void and the
// profile may not do what a reader of it expects. Only info: Podman's generated profile (from
// containers-common) lists setns both in its big allow rule and in a later errno rule, which is
// void (setns(-1, 0) got EBADF, not EPERM, under fixtures/real/podman-generated's profile).
export default defineRule({
  meta: {
    id: 'linux-seccomp-conflict',
    description: 'A system call should not get two different unconditional actions in one seccomp profile.',
    category: 'best-practice',
    defaultSeverity: 'info',
    spec: { url: specUrl('config-linux.md', 'configLinuxSeccomp'), level: 'MAY' },
    platforms: ['linux'],
    messages: {
      conflict: {
        headline: '{{field}} "{{name}}" gets "{{action}}", but syscalls[{{first}}] gives it "{{other}}"',
        detail: 'Neither linux.seccomp.syscalls[{{index}}] nor linux.seccomp.syscalls[{{first}}] has argument conditions, so the profile gives the call two actions. runc and crun both accept it and apply the first rule whose action is not the default one (runc 1.1.5 and crun 1.8.1): the other is void, and the filter may not do what its reader expects.',
        help: 'Keep one unconditional action per system call: remove "{{name}}" from one of the two rules.',
      },
    },
  },
  reads: ['linux.seccomp.syscalls'],
  check(ctx) {
    // Each name maps to the first unconditional rule giving it an action.
    const seen = new Map<string, SyscallRule>();
    const rules = seccompRules(ctx).filter((r) => !r.conditional);
    // Two different unconditional actions are needed for a conflict; most profiles have one.
    if (new Set(rules.map((r) => r.action)).size < 2) return;
    for (const r of rules) {
      const action = r.action;
      const names = r.node.names;
      if (action === undefined || !names) continue;
      names.forEach((name, n) => {
        if (name === undefined) return;
        const first = seen.get(name);
        if (first === undefined) return void seen.set(name, r);
        const other = first.action!;
        if (other === action || first === r) return;
        ctx.report({
          messageId: 'conflict',
          node: names,
          key: n,
          data: { field: fieldOf(names, n), index: r.index, name, action, first: first.index, other },
        });
      });
    }
  },
});
