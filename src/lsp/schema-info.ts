// What the schema model (src/schema/model/) knows about a place in the config: its node for a
// release, the releases it belongs to, its platform, and the names it is documented under in
// key-docs.ts. Hover and completion ask this; nothing here reads the document.

import type { Platform } from '../core/types.js';
import { compareVersions, type SpecVersion } from '../core/versions.js';
import { configNode } from '../schema/model/index.js';
import { enumValue, inSpan, resolve, type Node } from '../schema/model/dsl.js';
import type { PathSegment } from './locate.js';

export interface FieldInfo {
  /** The node as it is in the release asked about. */
  node: Node;
  /** The field as key-docs.ts writes it: `mounts[].options`, `linux.sysctl.*`. */
  key: string;
  /** The same relative to the nearest named shape, when there is one: `Hook.path`. */
  shapeKey: string | undefined;
  /** The first release with the field (the latest `since` on the way down), and the first without it. */
  since: SpecVersion | undefined;
  until: SpecVersion | undefined;
  platform: Platform | undefined;
}

/** The field at `path` (keys and indices), or undefined where the model has no such field. */
export function fieldAt(path: readonly PathSegment[], version: SpecVersion): FieldInfo | undefined {
  let node: Node = configNode;
  let key = '';
  let shape: { name: string; rest: string } | undefined;
  let since: SpecVersion | undefined;
  let until: SpecVersion | undefined;
  let platform: Platform | undefined;
  for (const seg of path) {
    node = resolve(node, version);
    let next: Node | undefined;
    let part: string;
    if (node.kind === 'object' && typeof seg === 'string') {
      const own = node.props && Object.prototype.hasOwnProperty.call(node.props, seg) ? node.props[seg] : undefined;
      next = own ?? node.values;
      part = own ? seg : '*';
      key = key === '' ? part : `${key}.${part}`;
      if (shape) shape.rest = shape.rest === '' ? part : `${shape.rest}.${part}`;
    } else if (node.kind === 'array' && typeof seg === 'number') {
      next = node.items;
      key += '[]';
      if (shape) shape.rest += '[]';
    }
    if (!next) return undefined;
    node = next;
    if (node.def) shape = { name: node.def, rest: '' };
    if (node.since && (!since || compareVersions(node.since, since) > 0)) since = node.since;
    if (node.until && (!until || compareVersions(node.until, until) < 0)) until = node.until;
    platform = node.platform ?? platform;
  }
  return {
    node: resolve(node, version),
    key,
    shapeKey: shape && shape.rest !== '' ? `${shape.name}.${shape.rest}` : undefined,
    since,
    until,
    platform,
  };
}

/** Whether the field exists in `version`. */
export function existsIn(info: Pick<FieldInfo, 'since' | 'until'>, version: SpecVersion): boolean {
  return inSpan({ ...(info.since && { since: info.since }), ...(info.until && { until: info.until }) }, version);
}

/** The enum values a string field takes in `version`. */
export function enumValues(node: Node, version: SpecVersion): string[] {
  if (node.kind !== 'string' || !node.enum) return [];
  return node.enum.filter((e) => typeof e === 'string' || inSpan(e, version)).map(enumValue);
}

/** The property names an object field has in `version`, with their nodes. */
export function propertiesOf(node: Node, version: SpecVersion): [string, Node][] {
  const n = resolve(node, version);
  if (n.kind !== 'object' || !n.props) return [];
  return Object.entries(n.props).filter(([, child]) => inSpan(child, version));
}

/** A node's JSON type as a person reads it: "array of strings", "uint32". */
export function typeName(node: Node): string {
  switch (node.kind) {
    case 'integer':
      return node.int ?? 'integer';
    case 'array':
      return `array of ${plural(typeName(node.items))}`;
    case 'object':
      return node.values && !node.props ? `map of ${plural(typeName(node.values))}` : 'object';
    case 'any':
      return 'any JSON value';
    default:
      return node.kind;
  }
}

function plural(t: string): string {
  if (t.startsWith('array') || t.startsWith('map')) return t;
  return /^u?int\d+$/.test(t) ? `${t} numbers` : `${t}s`;
}
