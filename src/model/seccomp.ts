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
    const listed = node.names ?? [];
    // A copy (the view's list carries its location), in one step when every entry is a string.
    const names = listed.includes(undefined) ? listed.filter((n): n is string => n !== undefined) : (listed.slice() as string[]);
    out.push({ index, node, names, action: node.action, conditional: (node.args?.length ?? 0) > 0 });
  }
  return out;
}

/** Actions whose errno is part of the action: an errnoRet not written is EPERM, and only these take one. */
export const RETURNS_ERRNO: ReadonlySet<string> = new Set(['SCMP_ACT_ERRNO', 'SCMP_ACT_TRACE']);
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
  const asked = facts.memo(askedDecisions);
  let d = asked.get(name);
  if (d === undefined) asked.set(name, (d = decide(facts, name)));
  return d;
}

/**
 * The decisions asked for in one bundle, by call. Each is found by one pass over the entries: the
 * rules ask about a few calls (execve; the dangerous ones under stricter presets), and a table of
 * every named call cost 27 us of a bundle's ~500 on a profile naming 305 calls.
 */
function askedDecisions(): Map<string, Decision> {
  return new Map();
}

const DEFAULT: Decision = Object.freeze({ kind: 'default' });
const UNKNOWN: Decision = Object.freeze({ kind: 'unknown' });

function decide(facts: BundleFacts, name: string): Decision {
  const seccomp = facts.config.linux?.seccomp;
  const action = seccomp?.defaultAction;
  let decided: Decision = DEFAULT;
  for (const r of seccompRules(facts)) {
    if (r.action === undefined || !r.names.includes(name)) continue;
    // Argument conditions decide at the call, wherever such an entry stands.
    if (r.conditional) return UNKNOWN;
    if (decided !== DEFAULT) continue;
    if (r.action === action && (!RETURNS_ERRNO.has(r.action) || (r.node.errnoRet ?? EPERM) === (seccomp?.defaultErrnoRet ?? EPERM))) continue;
    decided = { kind: 'rule', rule: r };
  }
  return decided;
}
