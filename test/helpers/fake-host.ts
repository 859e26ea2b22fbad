// A host described in code, for the tests of the --host-specific rules: the HostView those rules
// read, without the machine running the tests.

import type { HostLookup, HostStat, HostView } from '../../src/bundle/host.js';

/** An entry of a fake host; symlink targets are absolute. */
export type FakeEntry =
  | { type: 'file'; content?: string; mode?: number; dev?: number; ino?: number }
  | { type: 'dir'; mode?: number }
  | { type: 'symlink'; target: string }
  /** An nsfs magic link (/proc/<pid>/ns/<kind>): readlink gives `kind:[ino]`, stat gives the nsfs file. */
  | { type: 'ns'; kind: string; ino: number }
  | { type: 'fifo' | 'char' | 'block' | 'socket' };

export const FAKE_NSFS_DEV = 4;

/**
 * A host described in code, for tests. Parent directories exist implicitly; a path under a
 * non-directory is 'not-dir'; a path whose entry is listed as 'denied' cannot be looked at.
 */
export function fakeHost(entries: Record<string, FakeEntry | 'denied'>, machine = 'x86_64'): HostView {
  const norm = (p: string): string => '/' + p.split('/').filter((s) => s !== '' && s !== '.').join('/');
  const table = new Map(Object.entries(entries).map(([k, v]) => [norm(k), v]));
  const implicitDir = (p: string): boolean => p === '/' || [...table.keys()].some((k) => k.startsWith(p + '/'));
  const entryStat = (e: FakeEntry): HostStat => {
    const base = { mode: 0o644, uid: 0, gid: 0, dev: 1, ino: 1 };
    switch (e.type) {
      case 'file': return { ...base, type: 'file', mode: e.mode ?? 0o644, dev: e.dev ?? 1, ino: e.ino ?? 1 };
      case 'dir': return { ...base, type: 'dir', mode: e.mode ?? 0o755 };
      case 'ns': return { ...base, type: 'file', mode: 0o444, dev: FAKE_NSFS_DEV, ino: e.ino };
      case 'symlink': return { ...base, type: 'symlink', mode: 0o777 };
      default: return { ...base, type: e.type };
    }
  };
  const look = (p: string, follow: boolean, depth = 0): HostLookup => {
    if (depth > 40) return { ok: false, reason: 'loop' };
    p = norm(p);
    const parts = p.split('/').filter(Boolean);
    for (let i = 1; i < parts.length; i++) {
      const parent = '/' + parts.slice(0, i).join('/');
      const e = table.get(parent);
      if (e === 'denied') return { ok: false, reason: 'denied' };
      if (e?.type === 'symlink') return look(e.target + '/' + parts.slice(i).join('/'), follow, depth + 1);
      if (e && e.type !== 'dir') return { ok: false, reason: 'not-dir' };
    }
    const e = table.get(p);
    if (e === 'denied') return { ok: false, reason: 'denied' };
    if (!e) return implicitDir(p) ? { ok: true, stat: entryStat({ type: 'dir' }) } : { ok: false, reason: 'missing' };
    if (follow && e.type === 'symlink') return look(e.target, follow, depth + 1);
    if (!follow && e.type === 'ns') return { ok: true, stat: { ...entryStat(e), type: 'symlink', dev: 3 } };
    return { ok: true, stat: entryStat(e) };
  };
  return {
    stat: (p) => look(p, true),
    lstat: (p) => look(p, false),
    readlink: (p) => {
      const e = table.get(norm(p));
      if (e === undefined || e === 'denied') return undefined;
      return e.type === 'symlink' ? e.target : e.type === 'ns' ? `${e.kind}:[${e.ino}]` : undefined;
    },
    readSmallFile: (p, limit) => {
      const r = look(p, true);
      if (!r.ok || r.stat.type !== 'file') return undefined;
      let e = table.get(norm(p));
      while (e && e !== 'denied' && e.type === 'symlink') e = table.get(norm(e.target));
      return e && e !== 'denied' && e.type === 'file' ? (e.content ?? '').slice(0, limit) : undefined;
    },
    readdir: (p) => {
      const r = look(p, true);
      if (!r.ok || r.stat.type !== 'dir') return undefined;
      const dir = norm(p) === '/' ? '' : norm(p);
      const names = new Set<string>();
      for (const k of table.keys()) if (k.startsWith(dir + '/')) names.add(k.slice(dir.length + 1).split('/')[0]!);
      return [...names];
    },
    machine: () => machine,
  };
}
