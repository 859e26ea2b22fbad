// Helpers for the --host-specific rules (meta.hostSpecific): they read ctx.host, never the disk.

import type { Host, HostLookup } from '../../bundle/host.js';

/** A path from the config as the runtime sees it on the host: relative paths start at the bundle directory. */
export function hostPath(host: Host, p: string): string | undefined {
  if (p.startsWith('/')) return p;
  return host.bundleDir === undefined ? undefined : `${host.bundleDir.replace(/\/+$/, '')}/${p}`;
}

/**
 * Whether a lookup says the path is not there: missing, or a component on the way is not a
 * directory. A path this user may not look into is unknown, not absent: the runtime (often root)
 * may well see it.
 */
export function absent(r: HostLookup): boolean {
  return !r.ok && (r.reason === 'missing' || r.reason === 'not-dir');
}

/** Whether the host surely has no cgroup v2 unified hierarchy at /sys/fs/cgroup (a v1 or hybrid host). */
export function withoutUnifiedCgroup(host: Host): boolean {
  return absent(host.stat('/sys/fs/cgroup/cgroup.controllers'));
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
