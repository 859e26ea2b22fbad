// Where a node of the typed view is in the document. Every object, array and map of the view
// carries its location under a symbol (invisible to rules, to JSON and to Object.keys): the
// location of its parent and its own key. A finding names a node (and a key below it); the
// engine turns that into a JSON pointer and a source range only when it reports.

import { displayPath } from '../json/pointer.js';

/** The location of a view node: its parent's, and its key there. The root's `up` is undefined. */
export interface Loc {
  readonly up: Loc | undefined;
  readonly key: string | number;
}

export const LOC: unique symbol = Symbol('ocilint.loc');

/** The location of a node of the view, or undefined for a value that is not one. */
export function locOf(node: object): Loc | undefined {
  return (node as { [LOC]?: Loc })[LOC];
}

/** Gives a container of the view its location. */
export function located<T extends object>(node: T, at: Loc): T {
  (node as { [LOC]?: Loc })[LOC] = at;
  return node;
}

/** The path segments of a location, with `key` (when given) appended. */
export function segmentsOf(at: Loc | undefined, key?: string | number): (string | number)[] {
  const out: (string | number)[] = key === undefined ? [] : [key];
  for (let l = at; l !== undefined && l.up !== undefined; l = l.up) out.push(l.key);
  return out.reverse();
}

/**
 * How a message names `node[key]` (or `node`): `process.env[3]`, `annotations["org.example/key"]`.
 * Throws for an object that is not part of the view.
 */
export function fieldOf(node: object, key?: string | number): string {
  const at = locOf(node);
  if (at === undefined) throw new Error('fieldOf: an object that is not part of the config view');
  return displayPath(segmentsOf(at, key));
}

// Readers of the raw parsed value, used by the generated builders: a value of another JSON type is absent.

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function num(v: unknown): number | undefined {
  return typeof v === 'number' ? v : undefined;
}

export function bool(v: unknown): boolean | undefined {
  return typeof v === 'boolean' ? v : undefined;
}

// What the document has at a node, beyond what the view keeps.

import type { BundleFacts } from './facts.js';

/** The JSON type of a value as the document writes it (`typeof`, with `null` and `array` apart). */
export type JsonType = 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object';

/**
 * Every key the document has in the object at `node` (in Object.keys order), with the JSON type of
 * its value: also the keys the view leaves out (a value of the wrong type, a key outside the
 * model). For the few rules whose finding is about such a key itself: a suppression annotation
 * whose value is not a string, a Windows `root` that holds more than an empty `path`. Empty when
 * the document has no object there. Throws for an object that is not part of the view.
 */
export function writtenKeys(facts: BundleFacts, node: object): { key: string; type: JsonType }[] {
  const at = locOf(node);
  if (at === undefined) throw new Error('writtenKeys: an object that is not part of the config view');
  const cur = rawAt(facts.doc.value, segmentsOf(at));
  if (!isRecord(cur)) return [];
  const obj = cur;
  return Object.keys(obj).map((key) => {
    const v = obj[key];
    return { key, type: v === null ? 'null' : Array.isArray(v) ? 'array' : (typeof v as JsonType) };
  });
}

/** The value at a path in a parsed document, by own properties only; undefined when the path leads nowhere. */
export function rawAt(value: unknown, path: readonly (string | number)[]): unknown {
  let cur = value;
  for (const seg of path) {
    if (Array.isArray(cur) && typeof seg === 'number') cur = cur[seg];
    else if (isRecord(cur) && Object.prototype.hasOwnProperty.call(cur, seg)) cur = cur[seg];
    else return undefined;
  }
  return cur;
}
