// Facts several rules derive from the same bundle (its capabilities, namespaces, seccomp rules):
// worked out once per bundle. Every rule of a bundle sees the same context object, which keys
// the cache; callers must not change what they get.
//
// One slot, not a map of contexts: a bundle's rules run one after another with no other bundle's
// in between (check() is synchronous), so the last context asked about is the one asked about
// next; were it not, a value would only be derived again. A WeakMap left an entry per bundle for
// the garbage collector to clear, which cost a batch of 1,000 bundles ~6% (bench/RESULTS.md).
// The engine empties the slots when a bundle's rules are done (forgetBundle), so that nothing of
// a finished bundle is kept.

import type { RuleContext } from '../api.js';

const slots: (() => void)[] = [];

export function perBundle<T>(derive: (ctx: RuleContext) => T): (ctx: RuleContext) => T {
  return lastOnly(derive);
}

/** `derive`, remembering its answer for the last key only, until forgetBundle. */
export function lastOnly<K extends object, T>(derive: (key: K) => T): (key: K) => T {
  let lastKey: K | undefined;
  let lastValue: T | undefined;
  slots.push(() => {
    lastKey = undefined;
    lastValue = undefined;
  });
  return (key) => {
    if (key !== lastKey) {
      lastValue = derive(key);
      lastKey = key;
    }
    return lastValue as T;
  };
}

/** Drops every remembered value: called once a bundle's rules have run. */
export function forgetBundle(): void {
  for (const clear of slots) clear();
}
