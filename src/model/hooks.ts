// `hooks`: the programs the runtime runs around the container's life, in the order it calls them
// (config.md, "POSIX-platform Hooks").

import type { BundleFacts } from './facts.js';
import type { Hook } from './view.js';

export const HOOK_KINDS = ['prestart', 'createRuntime', 'createContainer', 'startContainer', 'poststart', 'poststop'] as const;
export type HookKind = (typeof HOOK_KINDS)[number];

export interface HookEntry {
  readonly kind: HookKind;
  /** Its index in hooks[kind]. */
  readonly index: number;
  readonly node: Hook;
}

/** Every hook object in config.hooks, list by list in the order the runtime calls them. */
export function hooks(facts: BundleFacts): readonly HookEntry[] {
  return facts.memo(entriesOf);
}

function entriesOf(facts: BundleFacts): readonly HookEntry[] {
  const out: HookEntry[] = [];
  const all = facts.config.hooks;
  if (!all) return out;
  for (const kind of HOOK_KINDS) {
    const list = all[kind];
    if (!list) continue;
    for (let index = 0; index < list.length; index++) {
      const node = list[index];
      if (node) out.push({ kind, index, node });
    }
  }
  return out;
}
