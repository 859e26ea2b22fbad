// Reading linux.seccomp: which actions allow, which deny.

import { isObject, ptr, type RuleContext } from '../api.js';
import { perBundle } from './per-bundle.js';

export const ALLOW_ACTIONS = new Set(['SCMP_ACT_ALLOW', 'SCMP_ACT_LOG']);
export const DENY_ACTIONS = new Set(['SCMP_ACT_KILL', 'SCMP_ACT_KILL_PROCESS', 'SCMP_ACT_KILL_THREAD', 'SCMP_ACT_TRAP', 'SCMP_ACT_ERRNO', 'SCMP_ACT_TRACE']);

export interface SyscallRule {
  index: number;
  pointer: string;
  names: string[];
  action: string | undefined;
  /** True when the rule has argument conditions (it applies to some calls only). */
  conditional: boolean;
}

export const seccompRules: (ctx: RuleContext) => readonly SyscallRule[] = perBundle((ctx) => {
  const out: SyscallRule[] = [];
  (ctx.array('/linux/seccomp/syscalls') ?? []).forEach((s, index) => {
    if (!isObject(s)) return;
    const names = Array.isArray(s['names']) ? s['names'].filter((n): n is string => typeof n === 'string') : [];
    out.push({
      index,
      pointer: ptr('linux', 'seccomp', 'syscalls', index),
      names,
      action: typeof s['action'] === 'string' ? s['action'] : undefined,
      conditional: Array.isArray(s['args']) && s['args'].length > 0,
    });
  });
  return out;
});
