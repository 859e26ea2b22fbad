// `linux.seccomp`: its syscall rules, and which actions allow and which deny.

import type { BundleFacts } from './facts.js';
import type { SeccompSyscall } from './view.js';

/** Actions that let the call through (SCMP_ACT_LOG logs it and lets it through). */
export const ALLOW_ACTIONS: ReadonlySet<string> = new Set(['SCMP_ACT_ALLOW', 'SCMP_ACT_LOG']);
export const DENY_ACTIONS: ReadonlySet<string> = new Set(['SCMP_ACT_KILL', 'SCMP_ACT_KILL_PROCESS', 'SCMP_ACT_KILL_THREAD', 'SCMP_ACT_TRAP', 'SCMP_ACT_ERRNO', 'SCMP_ACT_TRACE']);

export interface SyscallRule {
  /** Its index in linux.seccomp.syscalls. */
  readonly index: number;
  readonly node: SeccompSyscall;
  /** The string entries of `names`. */
  readonly names: readonly string[];
  readonly action: string | undefined;
  /** The rule has argument conditions: it applies to some calls only. */
  readonly conditional: boolean;
}

/** The entries of linux.seccomp.syscalls that are objects, in order. */
export function seccompRules(facts: BundleFacts): readonly SyscallRule[] {
  return facts.memo(rulesOf);
}

function rulesOf(facts: BundleFacts): readonly SyscallRule[] {
  const out: SyscallRule[] = [];
  const list = facts.config.linux?.seccomp?.syscalls;
  if (!list) return out;
  for (let index = 0; index < list.length; index++) {
    const node = list[index];
    if (!node) continue;
    const names: string[] = [];
    for (const n of node.names ?? []) if (n !== undefined) names.push(n);
    out.push({ index, node, names, action: node.action, conditional: (node.args?.length ?? 0) > 0 });
  }
  return out;
}

/** Actions whose errno is part of the action: an errnoRet not written is EPERM. */
const RETURNS_ERRNO: ReadonlySet<string> = new Set(['SCMP_ACT_ERRNO', 'SCMP_ACT_TRACE']);
const EPERM = 1;

/**
 * Which entry decides what a system call gets, when entries name it without argument conditions:
 * runc and crun leave out the entries whose action is the default one, and of the others the first
 * counts; later ones are void (runc 1.1.5 and crun 1.8.1 with libseccomp 2.5.4, run to the start:
 * an allow and then a kill of execve ran, the reverse was killed, and setns(-1, 0) under Podman's
 * generated profile, whose errno rule for it comes after its allow list, got EBADF, not EPERM).
 * - `rule`: that entry decides;
 * - `default`: no entry does, the default action applies;
 * - `unknown`: an entry with argument conditions names the call (they decide at the call).
 * An entry is left out when its action and errno are the default's, an errno not written being
 * EPERM (runc compares the libseccomp actions, return code included: matchCall in
 * libcontainer/seccomp/seccomp_linux.go at v1.1.5). An errno entry of Podman's default errno, put
 * first, was left out; one with EPERM, first under a default of ENOSYS, applied (both runtimes).
 */
export type Decision = { kind: 'rule'; rule: SyscallRule } | { kind: 'default' } | { kind: 'unknown' };

export function decidingRule(facts: BundleFacts, name: string): Decision {
  return facts.memo(decisionsOf).get(name) ?? { kind: 'default' };
}

function decisionsOf(facts: BundleFacts): ReadonlyMap<string, Decision> {
  const seccomp = facts.config.linux?.seccomp;
  const action = seccomp?.defaultAction;
  const out = new Map<string, Decision>();
  for (const r of seccompRules(facts)) {
    if (r.action === undefined) continue;
    for (const name of r.names) {
      const known = out.get(name);
      if (known?.kind === 'unknown') continue;
      if (r.conditional) {
        out.set(name, { kind: 'unknown' });
        continue;
      }
      if (r.action === action && (!RETURNS_ERRNO.has(r.action) || (r.node.errnoRet ?? EPERM) === (seccomp?.defaultErrnoRet ?? EPERM))) continue;
      if (known === undefined) out.set(name, { kind: 'rule', rule: r });
    }
  }
  return out;
}

