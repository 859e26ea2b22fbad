// Follows a path below the bundle directory the way the kernel would, but only as long as it
// stays inside: the moment a symlink (or a `..`) would lead out of the bundle, the walk stops
// and says so, without touching the host path it leads to. fs.realpathSync would lstat every
// component of the outside target, and a later stat or open would read it.

import * as fs from 'node:fs';
import * as path from 'node:path';

export type InsideResolution =
  | { kind: 'inside'; abs: string; stat: fs.Stats }
  | { kind: 'outside' }
  | { kind: 'missing' }
  | { kind: 'loop' };

const MAX_LINKS = 40;

/** `rel` is relative to `bundleReal`, which must be a real path (no symlinks in it). */
export function resolveInside(bundleReal: string, rel: string): InsideResolution {
  let todo = rel.split(/[\\/]+/).filter((c) => c !== '' && c !== '.');
  const cur: string[] = [];
  let links = 0;
  const base = bundleReal.split(path.sep).filter((c) => c !== '');
  while (todo.length) {
    const comp = todo.shift()!;
    if (comp === '.') continue;
    if (comp === '..') {
      if (cur.length === 0) return { kind: 'outside' };
      cur.pop();
      continue;
    }
    cur.push(comp);
    const abs = path.join(bundleReal, ...cur);
    let st: fs.Stats | undefined;
    try {
      st = fs.lstatSync(abs, { throwIfNoEntry: false });
    } catch {
      st = undefined;
    }
    if (!st) return { kind: 'missing' };
    if (st.isSymbolicLink()) {
      if (++links > MAX_LINKS) return { kind: 'loop' };
      let target: string;
      try {
        target = fs.readlinkSync(abs);
      } catch {
        return { kind: 'missing' };
      }
      cur.pop();
      let parts = target.split('/').filter((c) => c !== '' && c !== '.');
      if (target.startsWith('/')) {
        // Absolute: inside only if it starts with the bundle's own components.
        if (parts.length < base.length || base.some((b, i) => parts[i] !== b)) return { kind: 'outside' };
        parts = parts.slice(base.length);
        cur.length = 0;
      }
      todo = parts.concat(todo);
      continue;
    }
    if (todo.length && !st.isDirectory()) return { kind: 'missing' };
  }
  const abs = cur.length ? path.join(bundleReal, ...cur) : bundleReal;
  try {
    return { kind: 'inside', abs, stat: fs.lstatSync(abs) };
  } catch {
    return { kind: 'missing' };
  }
}
