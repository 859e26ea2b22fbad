// Helpers for the --host-specific rules (meta.hostSpecific): they read ctx.host, never the disk.

import type { Host } from '../../bundle/host.js';

/** A path from the config as the runtime sees it on the host: relative paths start at the bundle directory. */
export function hostPath(host: Host, p: string): string | undefined {
  if (p.startsWith('/')) return p;
  return host.bundleDir === undefined ? undefined : `${host.bundleDir.replace(/\/+$/, '')}/${p}`;
}

export type IdRange = [number, number];

/** Parses a kernel list ("0-3,8,10-11"); undefined when it is not one (other rules report that). */
export function parseIdList(text: string): IdRange[] | undefined {
  const t = text.trim();
  if (t === '') return [];
  const out: IdRange[] = [];
  for (const part of t.split(',')) {
    const m = /^\s*(\d{1,9})(?:-(\d{1,9}))?\s*$/.exec(part);
    if (!m) return undefined;
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    if (b < a) return undefined;
    out.push([a, b]);
  }
  return out;
}

/** The first id of `wanted` that `have` lacks, or undefined when every one is there. */
export function firstMissing(wanted: readonly IdRange[], have: readonly IdRange[]): number | undefined {
  for (const [a, b] of wanted) {
    let x = a;
    while (x <= b) {
      const r = have.find(([lo, hi]) => lo <= x && x <= hi);
      if (!r) return x;
      x = r[1] + 1;
    }
  }
  return undefined;
}
