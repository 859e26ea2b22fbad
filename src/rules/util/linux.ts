// Helpers shared by the linux-* rules: reading namespaces and id mappings defensively (the schema
// layer reports wrong types; these helpers just skip what is not the expected shape).

import { isObject, ptr, type RuleContext } from '../api.js';

export interface NamespaceEntry {
  index: number;
  type: string;
  /** undefined when absent; "" is kept so callers can tell it apart. */
  path: string | undefined;
}

export function namespaces(ctx: RuleContext): NamespaceEntry[] {
  const out: NamespaceEntry[] = [];
  (ctx.array('/linux/namespaces') ?? []).forEach((n, index) => {
    if (!isObject(n) || typeof n['type'] !== 'string') return;
    out.push({ index, type: n['type'], path: typeof n['path'] === 'string' ? n['path'] : undefined });
  });
  return out;
}

/** The first entry of a namespace type, if the config lists one. */
export function findNamespace(ctx: RuleContext, type: string): NamespaceEntry | undefined {
  return namespaces(ctx).find((n) => n.type === type);
}

/** The config asks for its own namespace of this type (new, or joined by path). */
export function hasNamespace(ctx: RuleContext, type: string): boolean {
  return findNamespace(ctx, type) !== undefined;
}

/** True when the namespace is listed without a path, i.e. the runtime creates a fresh one. */
export function hasNewNamespace(ctx: RuleContext, type: string): boolean {
  const n = findNamespace(ctx, type);
  return n !== undefined && (n.path === undefined || n.path === '');
}

export interface IdMapping {
  index: number;
  containerID: number;
  hostID: number;
  size: number;
}

/** Entries of linux.uidMappings / gidMappings with three non-negative integers; others are skipped. */
export function idMappings(ctx: RuleContext, field: 'uidMappings' | 'gidMappings'): IdMapping[] | undefined {
  const arr = ctx.array(ptr('linux', field));
  if (!arr) return undefined;
  const out: IdMapping[] = [];
  arr.forEach((m, index) => {
    if (!isObject(m)) return;
    const c = m['containerID'];
    const h = m['hostID'];
    const s = m['size'];
    if (!isUint(c) || !isUint(h) || !isUint(s)) return;
    out.push({ index, containerID: c, hostID: h, size: s });
  });
  return out;
}

export function isUint(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

export function isInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v);
}

/** Whether an id falls inside one of the mappings' container ranges. */
export function mapped(maps: readonly IdMapping[], id: number): boolean {
  return maps.some((m) => id >= m.containerID && id < m.containerID + m.size);
}

/**
 * A cpuset-style list ("0-3,7", also used by memoryPolicy.nodes): comma-separated numbers or
 * ascending ranges. Returns a problem description, or undefined when the text is well formed.
 */
export function listProblem(text: string): string | undefined {
  if (text.trim() === '') return undefined;
  for (const part of text.split(',')) {
    const m = /^\s*(\d+)(?:-(\d+))?\s*$/.exec(part);
    if (!m) return `"${part}" is neither a number nor a range like 0-3`;
    if (m[2] !== undefined && Number(m[2]) < Number(m[1])) return `the range "${part.trim()}" runs backwards`;
  }
  return undefined;
}
