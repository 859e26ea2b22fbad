import { defineRule, isObject, ptr, specUrl } from './api.js';

// config-linux.md "Seccomp": rules are per system call. When one call appears in two rules that
// have no argument conditions but different actions, the profile contradicts itself. runc and crun
// both accept it (verified); which action libseccomp keeps is an implementation detail, so the
// profile may not do what a reader of it expects. Only info: Podman's generated profile (from
// containers-common) lists setns both in its big allow rule and in an errno rule.
export default defineRule({
  meta: {
    id: 'linux-seccomp-conflict',
    description: 'A system call should not get two different unconditional actions in one seccomp profile.',
    category: 'best-practice',
    defaultSeverity: 'info',
    spec: { url: specUrl('config-linux.md', 'configLinuxSeccomp'), level: 'MAY' },
    platforms: ['linux'],
    messages: {
      conflict: 'linux.seccomp.syscalls[{{index}}] gives "{{name}}" the action {{action}}, but linux.seccomp.syscalls[{{first}}] already gives it {{other}} with no argument conditions either.',
    },
  },
  check(ctx) {
    // Each name maps to the index of the first unconditional rule giving it an action.
    const seen = new Map<string, number>();
    const rules = ctx.array('/linux/seccomp/syscalls') ?? [];
    // Two different unconditional actions are needed for a conflict; most profiles have one.
    const actions = new Set<unknown>();
    for (const s of rules) if (isObject(s) && !(Array.isArray(s['args']) && s['args'].length > 0)) actions.add(s['action']);
    if (actions.size < 2) return;
    rules.forEach((s, index) => {
      if (!isObject(s) || !Array.isArray(s['names']) || typeof s['action'] !== 'string') return;
      if (Array.isArray(s['args']) && s['args'].length > 0) return;
      const action = s['action'];
      s['names'].forEach((name, n) => {
        if (typeof name !== 'string') return;
        const first = seen.get(name);
        if (first === undefined) return void seen.set(name, index);
        const other = (rules[first] as Record<string, unknown>)['action'] as string;
        if (other === action || first === index) return;
        ctx.report({
          messageId: 'conflict',
          pointer: ptr('linux', 'seccomp', 'syscalls', index, 'names', n),
          data: { index, name, action, first, other },
        });
      });
    });
  },
});
