// Facts several rules derive from the same bundle (its capabilities, namespaces, seccomp rules):
// worked out once per bundle. Every rule of a bundle sees the same context object, which keys
// the cache; callers must not change what they get.

import type { RuleContext } from '../api.js';

export function perBundle<T>(derive: (ctx: RuleContext) => T): (ctx: RuleContext) => T {
  const cache = new WeakMap<RuleContext, { value: T }>();
  return (ctx) => {
    let hit = cache.get(ctx);
    if (!hit) cache.set(ctx, (hit = { value: derive(ctx) }));
    return hit.value;
  };
}
