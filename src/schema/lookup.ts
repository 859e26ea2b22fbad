// Version facts for fields and enum values, from the model: a tree that merges every release,
// built as far as lookups reach; each lookup then costs one step per path segment.

import type { Platform } from '../core/types.js';
import { compareVersions, type SpecVersion } from '../core/versions.js';
import { enumValue, type Node, type Span } from './model/dsl.js';
import { configNode } from './model/root.js';

/**
 * A place in the merged model: what may appear there. Built lazily: a place records the model
 * nodes that describe it and works out its keys, items and enum spans on first use, so a run
 * pays only for the parts of the model its configs reach (most never touch Windows or z/OS).
 */
class Place {
  private pending: [Node, Platform | undefined, Span][] = [];
  private keyMap: Map<string, Entry> | undefined;
  private valuePlace: Place | undefined;
  private itemPlace: Place | undefined;
  private spans: Map<string, Span> | undefined;
  private allValues: Map<string, Span> | undefined;
  private isOpen = false;
  private settledView: PlaceView | undefined;

  add(node: Node, platform: Platform | undefined, outer: Span): this {
    this.pending.push([node, platform, outer]);
    return this;
  }

  /** Known keys of an object, with their marks. */
  get keys(): Map<string, Entry> | undefined {
    this.settle();
    return this.keyMap;
  }
  /** A free-form map: any key, values described by `values`. */
  get values(): Place | undefined {
    this.settle();
    return this.valuePlace;
  }
  /** Array items. */
  get items(): Place | undefined {
    this.settle();
    return this.itemPlace;
  }
  /** Every value of a closed set of strings at this place, with the releases it is in. */
  get allEnumValues(): Map<string, Span> | undefined {
    this.settle();
    return this.allValues;
  }
  /** Versioned enum values at this place (values in every release are left out). */
  get enumSpans(): Map<string, Span> | undefined {
    this.settle();
    return this.spans;
  }
  get open(): boolean {
    this.settle();
    return this.isOpen;
  }

  /** All of the above at once, settled: what the model walk reads for every value it visits. */
  view(): PlaceView {
    if (this.settledView === undefined || this.pending.length > 0) {
      this.settle();
      const items = this.itemPlace;
      this.settledView = {
        keys: this.keyMap,
        values: this.valuePlace,
        items,
        spans: this.spans,
        open: this.isOpen,
        // Items with nothing to visit (plain strings, numbers): an array of them is skipped whole.
        itemsVisited: items !== undefined && (items.keys !== undefined || items.values !== undefined || items.items !== undefined || items.enumSpans !== undefined),
      };
    }
    return this.settledView;
  }

  private settle(): void {
    while (this.pending.length) {
      const [node, platform, outer] = this.pending.shift()!;
      this.apply(node, platform, outer);
    }
  }

  private apply(node: Node, platform: Platform | undefined, outer: Span): void {
    const variants = [node, ...(node.variants ?? []).map((x) => ({ ...node, ...x.set }) as Node)];
    for (const n of variants) {
      switch (n.kind) {
        case 'object':
          if (n.props) {
            this.keyMap ??= new Map();
            for (const [key, child] of Object.entries(n.props)) {
              const plat = child.platform ?? platform;
              const prior = this.keyMap.get(key);
              const own = narrow(outer, child);
              const span = mergeSpan(prior?.span, own);
              const place = (prior?.place ?? new Place()).add(child, plat, own);
              this.keyMap.set(key, { span, platform: plat, place, versioned: (span.since !== undefined && span.since !== '1.0.0') || span.until !== undefined });
            }
          }
          if (n.values) this.valuePlace = (this.valuePlace ?? new Place()).add(n.values, platform, outer);
          break;
        case 'array':
          this.itemPlace = (this.itemPlace ?? new Place()).add(n.items, platform, outer);
          break;
        case 'string':
          for (const e of n.enum ?? []) {
            // Every value, for "did you mean" (a plain value is in every release its place is).
            (this.allValues ??= new Map()).set(enumValue(e), typeof e === 'string' ? outer : narrow(outer, e));
            if (typeof e === 'string') continue;
            this.spans ??= new Map();
            this.spans.set(e.value, narrow(outer, e));
          }
          break;
        case 'any':
          this.isOpen = true;
          break;
        default:
          break;
      }
    }
    // A plain enum value repeated in a variant must not keep a span from another.
    if (node.kind === 'string' && node.enum) {
      for (const e of node.enum) if (typeof e === 'string') this.spans?.delete(enumValue(e));
    }
  }
}
interface Entry {
  span: Span;
  platform: Platform | undefined;
  place: Place;
  /** Some releases lack the key: its span starts after 1.0.0 or ends. */
  versioned: boolean;
}

interface PlaceView {
  keys: Map<string, Entry> | undefined;
  values: Place | undefined;
  items: Place | undefined;
  spans: Map<string, Span> | undefined;
  open: boolean;
  itemsVisited: boolean;
}

function spanOf(s: Span): Span {
  const out: Span = {};
  if (s.since !== undefined) out.since = s.since;
  if (s.until !== undefined) out.until = s.until;
  return out;
}

/** A child's releases within its parent's: a field of `netDevices` starts when netDevices does. */
function narrow(outer: Span, inner: Span): Span {
  const out: Span = {};
  const since = [outer.since, inner.since].filter((x) => x !== undefined).sort().pop();
  const until = [outer.until, inner.until].filter((x) => x !== undefined).sort()[0];
  if (since !== undefined) out.since = since;
  if (until !== undefined) out.until = until;
  return out;
}

/** The union of two spans (a key present in two separate shapes of the model). */
function mergeSpan(a: Span | undefined, b: Span): Span {
  if (a === undefined) return spanOf(b);
  const out: Span = {};
  if (a.since !== undefined && b.since !== undefined) out.since = a.since < b.since ? a.since : b.since;
  if (a.until !== undefined && b.until !== undefined) out.until = a.until > b.until ? a.until : b.until;
  return out;
}

let tree: Place | undefined;
function rootPlace(): Place {
  tree ??= new Place().add(configNode, undefined, {});
  return tree;
}

function placeAt(path: readonly (string | number)[]): Place | undefined {
  let place: Place | undefined = rootPlace();
  for (const seg of path) {
    if (place === undefined) return undefined;
    if (place.open) return undefined;
    if (typeof seg === 'number') {
      place = place.items;
    } else if (place.keys?.has(seg)) {
      place = place.keys.get(seg)!.place;
    } else if (place.values) {
      place = place.values;
    } else {
      return undefined;
    }
  }
  return place;
}

export type FieldLookup =
  | { kind: 'field'; since: SpecVersion; until?: SpecVersion; platform?: string }
  | { kind: 'map-entry' }
  | { kind: 'unknown'; suggestions: string[] }
  | { kind: 'untyped' };

export function lookupField(parent: readonly (string | number)[], key: string): FieldLookup {
  const place = placeAt(parent);
  if (place === undefined || place.open) return { kind: 'untyped' };
  const entry = place.keys?.get(key);
  if (entry) {
    const out: { kind: 'field'; since: SpecVersion; until?: SpecVersion; platform?: string } = {
      kind: 'field',
      since: entry.span.since ?? '1.0.0',
    };
    if (entry.span.until !== undefined) out.until = entry.span.until;
    if (entry.platform !== undefined) out.platform = entry.platform;
    return out;
  }
  if (place.values) return { kind: 'map-entry' };
  if (!place.keys) return { kind: 'untyped' };
  return { kind: 'unknown', suggestions: suggest(key, [...place.keys.keys()]) };
}

export function lookupEnumValue(
  path: readonly (string | number)[],
  value: string,
): { since: SpecVersion; until?: SpecVersion } | undefined {
  const span = placeAt(path)?.enumSpans?.get(value);
  if (span === undefined) return undefined;
  const out: { since: SpecVersion; until?: SpecVersion } = { since: span.since ?? '1.0.0' };
  if (span.until !== undefined) out.until = span.until;
  return out;
}

/** The values a closed set of strings at `path` takes in release `version` (none where the place has no such set). */
export function enumValues(path: readonly (string | number)[], version: SpecVersion): string[] {
  const spans = placeAt(path)?.allEnumValues;
  if (spans === undefined) return [];
  return [...spans]
    .filter(([, s]) => compareVersions(version, s.since ?? '1.0.0') >= 0 && (s.until === undefined || compareVersions(version, s.until) < 0))
    .map(([v]) => v);
}

/** Known keys close to `key`: same letters ignoring case first, then by edit distance. */
export function suggest(key: string, known: readonly string[]): string[] {
  const lower = key.toLowerCase();
  const scored: { k: string; d: number }[] = [];
  for (const k of known) {
    const kl = k.toLowerCase();
    let d: number;
    if (kl === lower) d = 0;
    else {
      d = distance(lower, kl);
      const limit = Math.max(1, Math.min(3, Math.floor(Math.max(key.length, k.length) / 3)));
      if (d > limit) continue;
      d += 0.5;
    }
    scored.push({ k, d });
  }
  scored.sort((a, b) => a.d - b.d || a.k.localeCompare(b.k));
  return scored.map((s) => s.k);
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
function distance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number) => d[i * cols + j]!;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, at(i - 2, j - 2) + 1);
      d[i * cols + j] = v;
    }
  }
  return at(a.length, b.length);
}

/** The closest known keys to `key`, worked out when asked. */
function suggestionsOf(key: string, keys: ReadonlyMap<string, unknown>): () => string[] {
  return () => suggest(key, [...keys.keys()]);
}

export interface ModelVisitor {
  /** A key the model defines at its place, and some releases lack (`path` is its parent's). */
  field?(path: readonly (string | number)[], key: string, since: SpecVersion, until: SpecVersion | undefined): void;
  /** A key no release defines at a place whose keys are all known; `suggestions` are the closest known keys. */
  unknown?(path: readonly (string | number)[], key: string, suggestions: () => string[]): void;
  /** A string whose value is an enum value some releases lack (`path` is the string's own). */
  enumValue?(path: readonly (string | number)[], value: string, since: SpecVersion, until: SpecVersion | undefined): void;
}

/**
 * Walks a config value alongside the model: one step per value, no lookups from the root. Below
 * a free-form place (`any`) or a key the model does not know there is nothing to visit. The
 * `path` given to the visitor is reused: copy it to keep it. Fields every release has, and
 * strings, numbers and booleans where no enum value is versioned, cost a map lookup and no call:
 * a config with 5,000 mounts has ~30,000 of them.
 */
export function walkModel(value: unknown, visitor: ModelVisitor): void {
  const path: (string | number)[] = [];
  const visitString = (v: string, view: PlaceView): void => {
    const span = view.spans?.get(v);
    if (span !== undefined) visitor.enumValue?.(path, v, span.since ?? '1.0.0', span.until);
  };
  const walk = (v: unknown, place: Place): void => {
    const view = place.view();
    if (typeof v === 'string') return visitString(v, view);
    if (view.open || typeof v !== 'object' || v === null) return;
    if (Array.isArray(v)) {
      if (!view.itemsVisited) return;
      const items = view.items!;
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        walk(v[i], items);
        path.pop();
      }
      return;
    }
    const obj = v as Record<string, unknown>;
    const keys = view.keys;
    // for...in: a parsed object has no inherited enumerable keys, and no array of keys is made.
    for (const key in obj) {
      const entry = keys?.get(key);
      const next = entry ? entry.place : view.values;
      if (entry?.versioned) visitor.field?.(path, key, entry.span.since ?? '1.0.0', entry.span.until);
      if (next !== undefined) {
        const child = obj[key];
        // A scalar with no versioned enum value here needs no step of its own.
        if (typeof child === 'object' && child !== null) {
          path.push(key);
          walk(child, next);
          path.pop();
        } else if (typeof child === 'string') {
          const childView = next.view();
          if (childView.spans !== undefined) {
            path.push(key);
            visitString(child, childView);
            path.pop();
          }
        }
      } else if (keys) {
        // Not an arrow here: one capturing key and keys would give every loop step a context to allocate.
        visitor.unknown?.(path, key, suggestionsOf(key, keys));
      }
    }
  };
  walk(value, rootPlace());
}
