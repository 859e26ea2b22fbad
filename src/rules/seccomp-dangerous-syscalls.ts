import { defineRule, specUrl } from './api.js';
import { ALTERNATIVE_CAPS, DANGEROUS_SYSCALLS } from './data/dangerous-syscalls.js';
import { grantedCaps } from '../model/capabilities.js';
import { ALLOW_ACTIONS, DENY_ACTIONS, decidingRule, seccompRules, type SyscallRule } from '../model/seccomp.js';
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
    spec: { url: specUrl('config-linux.md', 'configLinuxSeccomp'), level: 'MAY' },
    platforms: ['linux'],
    messages: {
      allowed: {
        headline: 'linux.seccomp.syscalls[{{index}}] allows {{names}} unconditionally',
        detail: 'The process does not hold {{caps}}. Docker\'s default profile keeps these calls out of reach without the capability that makes them legitimate: they widen the kernel attack surface (unshare(CLONE_NEWUSER), for one, gives a process a namespace where it is root and may mount).',
        help: 'Remove them from the rule, or limit them with argument conditions.',
      },
      notDenied: {
        headline: 'linux.seccomp.defaultAction is "{{action}}" and nothing in effect denies {{names}}',
        detail: 'These escape-prone system calls are allowed, and the process does not hold the capabilities that would make them legitimate.',
        help: 'Add an entry that denies them (SCMP_ACT_ERRNO), or deny by default and allow what the workload needs.',
      },
    },
  },
  reads: ['linux.seccomp.defaultAction'],
  check(ctx) {
    const seccomp = ctx.config.linux?.seccomp;
    const action = seccomp?.defaultAction;
    if (!seccomp || action === undefined) return;
    const caps = grantedCaps(ctx);
    const decides = (name: string, r: SyscallRule): boolean => {
      const d = decidingRule(ctx, name);
      return d.kind === 'rule' && d.rule === r;
    };
    const unjustified = (name: string): boolean => {
      const cap = own(DANGEROUS_SYSCALLS, name);
      if (cap === undefined) return false;
      if (cap === '') return true;
      const alt = own(ALTERNATIVE_CAPS, name);
      return !caps.has(cap) && !(alt !== undefined && caps.has(alt));
    };
    const rules = seccompRules(ctx);
    if (ALLOW_ACTIONS.has(action)) {
      const denies = (r: SyscallRule): boolean => r.action !== undefined && DENY_ACTIONS.has(r.action) && !r.conditional;
      // An allow-everything profile without any denial is seccomp-unconfined's finding.
      if (!rules.some((r) => denies(r) && r.names.length > 0)) return;
      // A call is denied when a deny is the entry that decides for it: an SCMP_ACT_LOG entry
      // before the deny lets it through (setns(-1, 0) got EBADF under runc 1.1.5 and crun 1.8.1,
      // and EPERM with the two entries swapped). Where argument conditions name the call, an
      // entry without them that denies it is taken at its word.
      const denied = (name: string): boolean => {
        const d = decidingRule(ctx, name);
        if (d.kind === 'unknown') return rules.some((r) => denies(r) && r.names.includes(name));
        return d.kind === 'rule' && denies(d.rule);
      };
      const open = Object.keys(DANGEROUS_SYSCALLS).filter((n) => unjustified(n) && !denied(n));
      if (open.length > 0) ctx.report({ messageId: 'notDenied', node: seccomp, key: 'defaultAction', data: { action, names: quoteList(open) } });
      return;
    }
    // A deny by default: a syscall is allowed by the entry that decides for it (model/seccomp.ts,
    // decidingRule), the first naming it whose action is not the default one. A deny after an
    // allow is void: Podman's generated profile lets setns through that way.
    for (const r of rules) {
      if (r.action === undefined || !ALLOW_ACTIONS.has(r.action) || r.conditional) continue;
      const bad = r.names.filter((n) => unjustified(n) && decides(n, r));
      if (bad.length === 0) continue;
      const needed = [...new Set(bad.map((n) => DANGEROUS_SYSCALLS[n]).filter((c): c is string => !!c))];
      ctx.report({
        messageId: 'allowed',
        node: r.node,
        data: { index: r.index, names: quoteList(bad), caps: needed.length ? needed.join(' or ') : 'any capability that would justify them (none does)' },
      });
    }
  },
});

/** Quotes a list for a message: "a", "b". */
function quoteList(items: readonly string[]): string {
  return items.map((i) => `"${i}"`).join(', ');
}
