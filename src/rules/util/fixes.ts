// Fixes and suggestions several rules offer, with one title each.

import type { BundleFacts, Edit, Fixer, FixSpec, KeyOf } from '../api.js';
import { isRecord } from '../../model/loc.js';
import { hasOwn } from './own.js';

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


/**
 * The edit that puts `value` at a path of objects (`['linux', 'maskedPaths']`) the config may lack
 * in part: a property of the deepest object it has, with the missing ones built around the value.
 * Undefined when the path leads through something that is not an object, or the place is taken.
 */
export function insertAt(facts: BundleFacts, path: readonly string[], value: unknown): ((f: Fixer) => Edit) | undefined {
  let node: object = facts.config;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const next = (node as Record<string, unknown>)[key];
    if (isRecord(next)) {
      node = next;
      continue;
    }
    if (facts.has(node, key)) return undefined;
    const built = path.slice(i + 1).reduceRight<unknown>((inner, k) => ({ [k]: inner }), value);
    const parent = node;
    return (f) => f.insertProperty(parent, key, built);
  }
  return undefined;
}

/**
 * The edit that adds `items` to a list of the config, at its start or its end: into the list when
 * the config has it (`list`, the view's node at `path`), else a new list at `path` (see insertAt).
 */
export function addToList(facts: BundleFacts, list: readonly unknown[] | undefined, path: readonly string[], items: readonly unknown[], at: 'start' | 'end' = 'end'): ((f: Fixer) => Edit) | undefined {
  if (list) return (f) => f.insertItems(list, at === 'start' ? 0 : list.length, items);
  return insertAt(facts, path, items);
}

/**
 * Renaming a key of a map (annotations, sysctl) to `name`, titled `title`: undefined when the map
 * has a key of that name already, where which value should win is a person's call.
 */
export function renameKeyUnlessTaken(map: Readonly<Record<string, unknown>>, key: string, name: string, title: string): FixSpec | undefined {
  return hasOwn(map, name) ? undefined : { title, edit: (f) => f.renameKey(map, key, name) };
}
