// The read-only view of a container's root filesystem that rules see.
//
// Paths are resolved the way a runtime resolves them inside the container: symlinks are followed,
// but `..` and absolute link targets are clamped to the root, so no lookup ever leaves it. The
// view is built over a RawTree (a directory on disk, or the index of a tar archive); the raw tree
// only answers questions about single entries and never follows a link itself.

export type FileType = 'file' | 'dir' | 'symlink' | 'fifo' | 'socket' | 'char' | 'block' | 'unknown';

export interface EntryStat {
  type: FileType;
  /** Permission bits including setuid, setgid and sticky (mode & 0o7777). */
  mode: number;
  size: number;
  uid: number;
  gid: number;
}

/** One entry at a time, by a relative path ('' is the root, 'usr/bin/env'), never following links. */
export interface RawTree {
  lstat(rel: string): EntryStat | undefined;
  readlink(rel: string): string | undefined;
  /** Contents of a regular file, at most `limit` bytes; undefined for anything else. */
  readFile(rel: string, limit: number): Uint8Array | undefined;
  readdir(rel: string): string[] | undefined;
}

export type Resolution =
  | { ok: true; path: string; stat: EntryStat; /** symlinks followed on the way */ via: string[] }
  | { ok: false; reason: 'missing' | 'not-dir' | 'loop' | 'too-deep'; at: string; via: string[] };

/** The most Rootfs.readFile reads of one file unless told otherwise. */
export const MAX_FILE_READ = 1 << 20;

const MAX_LINKS = 40; // as the kernel's MAXSYMLINKS
const MAX_COMPONENTS = 4096;

export class Rootfs {
  /** `raw`: the tree it answers from (the cache replays its lookups against a fresh one). */
  constructor(readonly raw: RawTree) {}

  /**
   * Resolves an absolute or relative path (relative paths are taken from `/`). With
   * `followFinal: false` the last component is not followed if it is a symlink (lstat semantics).
   */
  resolve(path: string, followFinal = true): Resolution {
    const via: string[] = [];
    let todo = splitPath(path);
    const cur: string[] = [];
    let links = 0;
    let steps = 0;
    // The entry looked up last, so that the final answer does not look it up again.
    let lastRel: string | undefined;
    let lastStat: EntryStat | undefined;
    while (todo.length) {
      if (++steps > MAX_COMPONENTS * 4) return { ok: false, reason: 'too-deep', at: '/' + cur.join('/'), via };
      const comp = todo.shift()!;
      if (comp === '.') continue;
      if (comp === '..') {
        cur.pop(); // at the root, .. stays at the root
        continue;
      }
      if (cur.length >= MAX_COMPONENTS) return { ok: false, reason: 'too-deep', at: '/' + cur.join('/'), via };
      cur.push(comp);
      const rel = cur.join('/');
      const st = this.raw.lstat(rel);
      if (!st) return { ok: false, reason: 'missing', at: '/' + rel, via };
      lastRel = rel;
      lastStat = st;
      const last = todo.length === 0;
      if (st.type === 'symlink' && (!last || followFinal)) {
        if (++links > MAX_LINKS) return { ok: false, reason: 'loop', at: '/' + rel, via };
        const target = this.raw.readlink(rel);
        if (target === undefined) return { ok: false, reason: 'missing', at: '/' + rel, via };
        via.push('/' + rel);
        cur.pop();
        if (target.startsWith('/')) cur.length = 0;
        todo = splitPath(target).concat(todo);
        continue;
      }
      if (!last && st.type !== 'dir') return { ok: false, reason: 'not-dir', at: '/' + rel, via };
    }
    const rel = cur.join('/');
    const stat = rel === lastRel ? lastStat : this.raw.lstat(rel);
    if (!stat) return { ok: false, reason: 'missing', at: '/' + rel, via };
    return { ok: true, path: '/' + rel, stat, via };
  }

  stat(path: string): EntryStat | undefined {
    const r = this.resolve(path, true);
    return r.ok ? r.stat : undefined;
  }

  lstat(path: string): EntryStat | undefined {
    const r = this.resolve(path, false);
    return r.ok ? r.stat : undefined;
  }

  /** Reads a regular file (following symlinks inside the root); never opens a FIFO or device. */
  readFile(path: string, limit = MAX_FILE_READ): Uint8Array | undefined {
    const r = this.resolve(path, true);
    if (!r.ok || r.stat.type !== 'file') return undefined;
    return this.raw.readFile(r.path.slice(1), limit);
  }

  readdir(path: string): string[] | undefined {
    const r = this.resolve(path, true);
    if (!r.ok || r.stat.type !== 'dir') return undefined;
    return this.raw.readdir(r.path.slice(1));
  }
}

function splitPath(p: string): string[] {
  return p.split('/').filter((c) => c !== '');
}
