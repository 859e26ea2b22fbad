// Fixes and suggestions several rules offer, with one title each.

import type { FixSpec, KeyOf } from '../api.js';
import { closest } from '../../core/suggest.js';

/** `node[key]` becomes `value`: `Write "nosuid"`. */
export function writeValue<N extends object>(node: N, key: KeyOf<N>, value: unknown): FixSpec {
  return { title: `Write ${JSON.stringify(value)}`, edit: (f) => f.replaceValue(node, key, value) };
}

/** `node[key]` goes, with its comma. */
export function removeEntry<N extends object>(node: N, key: KeyOf<N>, what: string): FixSpec {
  return { title: `Remove ${what}`, edit: (f) => f.removeMember(node, key) };
}

/** "Did you mean": `node[key]` becomes each of `candidates` (none when there is none). */
export function didYouMean<N extends object>(node: N, key: KeyOf<N>, candidates: readonly (string | undefined)[]): FixSpec[] {
  return [...new Set(candidates.filter((c): c is string => c !== undefined))].map((c) => writeValue(node, key, c));
}

/** The known name nearest to `value` by edit distance, when it is near enough to be a typo (see closest). */
export function nearest(value: string, known: Iterable<string>): string | undefined {
  return closest(value, [...known]);
}
