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
