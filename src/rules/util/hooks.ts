// The hook lists of config.md "POSIX-platform Hooks", in the order a runtime calls them.

import { isObject } from '../api.js';

export const HOOK_KINDS = ['prestart', 'createRuntime', 'createContainer', 'startContainer', 'poststart', 'poststop'] as const;

export interface HookEntry {
  kind: string;
  index: number;
  value: Record<string, unknown>;
}

/** Every hook object in config.hooks, with the list it came from. */
export function hookEntries(hooks: Record<string, unknown> | undefined): HookEntry[] {
  const out: HookEntry[] = [];
  if (!hooks) return out;
  for (const kind of HOOK_KINDS) {
    const list = hooks[kind];
    if (!Array.isArray(list)) continue;
    list.forEach((value, index) => {
      if (isObject(value)) out.push({ kind, index, value });
    });
  }
  return out;
}
