// Reference sets and small helpers shared by the process.* rules. Not a rule (the registry test
// reads only src/rules/*.ts).

import { displayPath } from '../../json/pointer.js';
import { MountPoints, startsEmpty } from './mounts.js';

/** `process.env[3]` for path segments. */
export function field(...path: (string | number)[]): string {
  return displayPath(path);
}

export { LINUX_RLIMITS, SOLARIS_RLIMITS, FREEBSD_RLIMITS } from '../data/rlimits.js';
import { ALL_CAPABILITIES } from '../data/capabilities.js';

/** The capability names of capabilities(7), for lookups. */
export const CAPABILITY_NAMES: ReadonlySet<string> = new Set(ALL_CAPABILITIES);
export const CAPABILITY_SETS = ['bounding', 'effective', 'inheritable', 'permitted', 'ambient'] as const;
export type CapabilitySet = (typeof CAPABILITY_SETS)[number];

/** True when the config has a uts namespace entry (new or joined by path). */
export function hasNamespace(config: unknown, type: string): boolean {
  if (typeof config !== 'object' || config === null) return false;
  const linux = (config as Record<string, unknown>)['linux'];
  if (typeof linux !== 'object' || linux === null) return false;
  const ns = (linux as Record<string, unknown>)['namespaces'];
  if (!Array.isArray(ns)) return false;
  return ns.some((n) => typeof n === 'object' && n !== null && (n as Record<string, unknown>)['type'] === type);
}

/** Lexically cleans an absolute path: collapses slashes and `.`; `..` is left to the resolver. */
export function cleanPath(p: string): string {
  if (p === '/' || (p.charCodeAt(0) === 0x2f && !p.endsWith('/') && !p.includes('//') && !p.includes('/./') && !p.endsWith('/.'))) return p;
  const parts = p.split('/').filter((s) => s !== '' && s !== '.');
  return '/' + parts.join('/');
}

/**
 * Every mount's destination (cleaned, absolute), for rules that must not judge what a mount
 * supplies, with the plain tmpfs mounts marked: what lies under one of those cannot exist.
 */
export function mountPointsOf(mounts: unknown[] | undefined): MountPoints {
  const points = new MountPoints();
  for (const m of mounts ?? []) {
    if (m === null || typeof m !== 'object') continue;
    const { destination: d, type, options } = m as Record<string, unknown>;
    if (typeof d === 'string') points.add(cleanPath(d.startsWith('/') ? d : '/' + d), startsEmpty(type, options));
  }
  return points;
}
