// Where a finding about something the config lacks points.

import type { BundleFacts } from './facts.js';

/** A place in the config view, as a report takes it: a node and a key below it, or (no node) the whole document or one of its keys. */
export interface Where {
  node?: object;
  key?: string | number;
  target?: 'key';
}

/**
 * Where to report a field that is missing: at the key of the deepest object on `path` that the
 * config has (`linux.resources` for a missing linux.resources.memory.limit when only resources
 * exists), or at the whole document when it has none of them.
 */
export function missingAt(facts: BundleFacts, path: readonly string[]): Where {
  let parent: object | undefined;
  let key: string | undefined;
  let node: object = facts.config;
  for (const seg of path) {
    const next = (node as Record<string, unknown>)[seg];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) break;
    parent = node;
    key = seg;
    node = next;
  }
  return parent === undefined ? {} : { node: parent, key: key!, target: 'key' };
}
