// Shared knowledge about mounts for the mount-* rules: how a runtime decides a mount is a bind
// mount, and which option strings it consumes itself rather than passing to the kernel.

import { isObject } from '../api.js';
import { lastOnly } from './per-bundle.js';

export interface MountEntry {
  index: number;
  /** `/mounts/<index>`: built once per mount, for every rule that points into it. */
  pointer: string;
  value: Record<string, unknown>;
  destination: string | undefined;
  type: string | undefined;
  source: string | undefined;
  /** Only the string entries of `options`, with their index. */
  options: { index: number; value: string }[];
}

// Every mount rule asks for the same list; it is derived once per config.
const entriesOf = lastOnly(deriveEntries);

export function mountEntries(list: unknown[] | undefined): MountEntry[] {
  return list ? entriesOf(list) : [];
}

function deriveEntries(list: unknown[]): MountEntry[] {
  const out: MountEntry[] = [];
  for (let index = 0; index < list.length; index++) {
    const m = list[index];
    if (!isObject(m)) continue;
    const options: { index: number; value: string }[] = [];
    const opts = m['options'];
    if (Array.isArray(opts)) {
      for (let i = 0; i < opts.length; i++) {
        const o: unknown = opts[i];
        if (typeof o === 'string') options.push({ index: i, value: o });
      }
    }
    out.push({ index, pointer: `/mounts/${index}`, value: m, destination: stringAt(m, 'destination'), type: stringAt(m, 'type'), source: stringAt(m, 'source'), options });
  }
  return out;
}

function stringAt(m: Record<string, unknown>, key: string): string | undefined {
  const v = m[key];
  return typeof v === 'string' ? v : undefined;
}

/** runc, crun and the spec: a mount is a bind mount when its options hold `bind` or `rbind`; the type is then ignored. */
export function isBind(m: MountEntry): boolean {
  return m.options.some((o) => o.value === 'bind' || o.value === 'rbind');
}

export { MountPoints } from '../../model/mounts.js';

/**
 * A mount that starts out empty, hiding what the rootfs has at its destination: a tmpfs or ramfs
 * that is not a bind mount and not filled by `tmpcopyup` (runc and crun copy the rootfs's
 * directory into the tmpfs then).
 */
export function startsEmpty(type: unknown, options: unknown): boolean {
  if (type !== 'tmpfs' && type !== 'ramfs') return false;
  return !(Array.isArray(options) && options.some((o) => o === 'bind' || o === 'rbind' || o === 'tmpcopyup'));
}

export { cleanPath as cleanPosix, isWindowsAbsolute } from '../../model/paths.js';

export { GENERIC_OPTIONS, RUNTIME_GAPS, FS_DATA_OPTIONS, FS_DATA_VALUES, knownDataOption, badDataValue } from '../data/mount-options.js';
