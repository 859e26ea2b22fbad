import { defineRule } from './api.js';
import { ALTERNATIVE_CAPS, DANGEROUS_SYSCALLS } from './data/dangerous-syscalls.js';
import { ALLOW_ACTIONS, DENY_ACTIONS, seccompRules } from './util/seccomp.js';
import { grantedCaps, quoteList } from './util/security.js';
import { own } from './util/own.js';

// Docker's default profile keeps mount, unshare, setns, bpf, module loading, kexec and the keyring
// calls out of reach unless the container holds the capability that makes them legitimate. A
// profile that lets them through without that capability widens the kernel attack surface (e.g.
// unshare(CLONE_NEWUSER) gives a process a namespace where it is root and may mount).
export default defineRule({
  meta: {
    id: 'seccomp-dangerous-syscalls',
    description: 'A seccomp profile should not allow escape-prone syscalls (mount, unshare, setns, bpf, kexec_load, ...) unless the matching capability is granted.',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 'medium',
    platforms: ['linux'],
    messages: {
      allowed: 'linux.seccomp.syscalls[{{index}}] allows {{names}} unconditionally although the process does not hold {{caps}}.',
      notDenied: 'linux.seccomp.defaultAction is "{{action}}" and no entry denies {{names}}: these escape-prone syscalls are allowed.',
    },
  },
  check(ctx) {
    const action = ctx.string('/linux/seccomp/defaultAction');
    if (action === undefined) return;
    const caps = grantedCaps(ctx);
    const unjustified = (name: string): boolean => {
      const cap = own(DANGEROUS_SYSCALLS, name);
      if (cap === undefined) return false;
      if (cap === '') return true;
      const alt = own(ALTERNATIVE_CAPS, name);
      return !caps.has(cap) && !(alt !== undefined && caps.has(alt));
    };
    const rules = seccompRules(ctx);
    // A syscall that an unconditional entry denies is taken as denied even when another entry
    // allows it: which of two such entries wins depends on libseccomp, so neither is reported.
    const denied = new Set(rules.filter((r) => r.action !== undefined && DENY_ACTIONS.has(r.action) && !r.conditional).flatMap((r) => r.names));
    if (ALLOW_ACTIONS.has(action)) {
      // An allow-everything profile without any denial is seccomp-unconfined's finding.
      if (denied.size === 0) return;
      const open = Object.keys(DANGEROUS_SYSCALLS).filter((n) => !denied.has(n) && unjustified(n));
      if (open.length > 0) ctx.report({ messageId: 'notDenied', pointer: '/linux/seccomp/defaultAction', data: { action, names: quoteList(open) } });
      return;
    }
    for (const r of rules) {
      if (r.action === undefined || !ALLOW_ACTIONS.has(r.action) || r.conditional) continue;
      const bad = r.names.filter((n) => !denied.has(n) && unjustified(n));
      if (bad.length === 0) continue;
      const needed = [...new Set(bad.map((n) => DANGEROUS_SYSCALLS[n]).filter((c): c is string => !!c))];
      ctx.report({
        messageId: 'allowed',
        pointer: r.pointer,
        data: { index: r.index, names: quoteList(bad), caps: needed.length ? needed.join(' or ') : 'any capability that would justify them (none does)' },
      });
    }
  },
});
