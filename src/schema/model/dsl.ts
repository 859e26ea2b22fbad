// The building blocks of our description of config.json. Every node can carry the releases it
// belongs to: `since` (first release with it) and `until` (first release without it). A node that
// changes shape between releases lists `variants`, each a partial override for a span of releases.
// Nothing here knows about JSON Schema; emit.ts turns a node into a schema for one release.

import type { Platform } from '../../core/types.js';
import { compareVersions, type SpecVersion } from '../../core/versions.js';

export interface Span {
  since?: SpecVersion;
  until?: SpecVersion;
}

export type IntKind = 'int8' | 'int16' | 'int32' | 'int64' | 'uint8' | 'uint16' | 'uint32' | 'uint64';

/** Exact bounds of each integer width. Kept as bigint so the emitted schema text is exact. */
export const INT_BOUNDS: Record<IntKind, readonly [bigint, bigint]> = {
  int8: [-(2n ** 7n), 2n ** 7n - 1n],
  int16: [-(2n ** 15n), 2n ** 15n - 1n],
  int32: [-(2n ** 31n), 2n ** 31n - 1n],
  int64: [-(2n ** 63n), 2n ** 63n - 1n],
  uint8: [0n, 2n ** 8n - 1n],
  uint16: [0n, 2n ** 16n - 1n],
  uint32: [0n, 2n ** 32n - 1n],
  uint64: [0n, 2n ** 64n - 1n],
};

export type EnumValue = string | (Span & { value: string });

interface Common extends Span {
  /** Whether the property holding this node must be present (all releases, or a span of them). */
  req?: boolean | Span;
  /** Platform section the field belongs to (for messages and lookups). */
  platform?: Platform;
  /** A short description in our own words (emitted as `description`). */
  doc?: string;
  /** Name under `definitions`: the node is emitted once and referenced. */
  def?: string;
  /** Per-release overrides, first match wins. */
  variants?: Array<Span & { set: Partial<Node> }>;
}

export interface StringNode extends Common {
  kind: 'string';
  pattern?: string;
  /** How a message describes the expected format, e.g. 'a size such as "2MB"'. */
  patternText?: string;
  enum?: EnumValue[];
}
export interface IntegerNode extends Common {
  kind: 'integer';
  int?: IntKind;
  min?: bigint;
  max?: bigint;
}
export interface BooleanNode extends Common {
  kind: 'boolean';
}
export interface ObjectNode extends Common {
  kind: 'object';
  props?: Record<string, Node>;
  /** Free-form map: every value follows this node, keys are the user's. */
  values?: Node;
  /** Extra JSON Schema for conditions the node structure cannot say, per release. */
  extra?: (v: SpecVersion) => Record<string, unknown>[];
}
export interface ArrayNode extends Common {
  kind: 'array';
  items: Node;
  minItems?: number;
}
/** Any JSON value (content the spec leaves opaque). */
export interface AnyNode extends Common {
  kind: 'any';
}
export type Node = StringNode | IntegerNode | BooleanNode | ObjectNode | ArrayNode | AnyNode;

type Opts<T> = Partial<Omit<T, 'kind'>>;

export const str = (o: Opts<StringNode> = {}): StringNode => ({ kind: 'string', ...o });
export const int = (t: IntKind, o: Opts<IntegerNode> = {}): IntegerNode => ({ kind: 'integer', int: t, ...o });
export const bool = (o: Opts<BooleanNode> = {}): BooleanNode => ({ kind: 'boolean', ...o });
export const obj = (props: Record<string, Node>, o: Opts<ObjectNode> = {}): ObjectNode => ({
  kind: 'object',
  props,
  ...o,
});
export const map = (values: Node, o: Opts<ObjectNode> = {}): ObjectNode => ({ kind: 'object', values, ...o });
export const arr = (items: Node, o: Opts<ArrayNode> = {}): ArrayNode => ({ kind: 'array', items, ...o });
export const anyValue = (o: Opts<AnyNode> = {}): AnyNode => ({ kind: 'any', ...o });
export const strings = (o: Opts<ArrayNode> = {}): ArrayNode => arr(str(), o);
export const oneOfStrings = (values: EnumValue[], o: Opts<StringNode> = {}): StringNode => str({ enum: values, ...o });

/** The same node used as a property with its own marks (span, required-ness, platform). */
export function at<T extends Node>(node: T, marks: Span & Pick<Common, 'req' | 'platform' | 'doc'>): T {
  return { ...node, ...marks };
}

/** Whether `v` lies in `span` (since inclusive, until exclusive). */
export function inSpan(span: Span, v: SpecVersion): boolean {
  if (span.since !== undefined && compareVersions(v, span.since) < 0) return false;
  if (span.until !== undefined && compareVersions(v, span.until) >= 0) return false;
  return true;
}

/** The node as it is in release `v` (variants applied). */
export function resolve(node: Node, v: SpecVersion): Node {
  if (!node.variants) return node;
  for (const variant of node.variants) {
    if (inSpan(variant, v)) return { ...node, ...variant.set } as Node;
  }
  return node;
}

export function isRequired(node: Node, v: SpecVersion): boolean {
  const r = node.req;
  if (r === undefined || r === false) return false;
  if (r === true) return true;
  return inSpan(r, v);
}

export function enumValue(e: EnumValue): string {
  return typeof e === 'string' ? e : e.value;
}
