// RawTree over a directory on disk. Read-only: lstat, readlink, readdir, and reads of regular
// files opened with O_NOFOLLOW | O_NONBLOCK so that a swapped-in FIFO or link can neither block
// nor redirect the read.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { EntryStat, FileType, RawTree } from './rootfs.js';
import { readFully } from './files.js';

const { O_RDONLY, O_NOFOLLOW = 0, O_NONBLOCK = 0 } = fs.constants;

/** Lookups in one directory after which its listing answers for missing names. */
const LIST_AFTER = 32;

export function statToEntry(st: fs.Stats): EntryStat {
  return { type: fileType(st), mode: st.mode & 0o7777, size: st.size, uid: st.uid, gid: st.gid };
}

export function fileType(st: fs.Stats): FileType {
  if (st.isFile()) return 'file';
  if (st.isDirectory()) return 'dir';
  if (st.isSymbolicLink()) return 'symlink';
  if (st.isFIFO()) return 'fifo';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice()) return 'char';
  if (st.isBlockDevice()) return 'block';
  return 'unknown';
}

export class DirTree implements RawTree {
  /** Rules ask about the same entries (each PATH directory, /bin, /usr) again and again. */
  private readonly stats = new Map<string, EntryStat | undefined>();

  /** The root with a trailing separator, for joining. */
  private readonly prefix: string;

  /** `rootStat`: the root directory's lstat, when the caller has just taken it. */
  constructor(
    private readonly root: string,
    rootStat?: fs.Stats,
  ) {
    this.prefix = root.endsWith(path.sep) ? root : root + path.sep;
    if (rootStat) this.stats.set('', statToEntry(rootStat));
  }

  /** `rel` comes from Rootfs: names joined by '/', never empty, '.' or '..', so it needs no normalising. */
  private abs(rel: string): string {
    return rel === '' ? this.root : this.prefix + rel;
  }

  /**
   * Directories asked about many times (a config with 1,000 devices under /dev): their entry
   * names, read once, answer for names that are not there without a system call each. `null`:
   * the directory could not be listed (searchable but not readable), so lstat still asks.
   */
  private readonly listings = new Map<string, ReadonlySet<string> | null>();
  private readonly asked = new Map<string, number>();

  lstat(rel: string): EntryStat | undefined {
    if (this.stats.has(rel)) return this.stats.get(rel);
    const slash = rel.lastIndexOf('/');
    const names = this.listing(slash === -1 ? '' : rel.slice(0, slash));
    if (names && !names.has(rel.slice(slash + 1))) return undefined;
    let entry: EntryStat | undefined;
    try {
      const st = fs.lstatSync(this.abs(rel), { throwIfNoEntry: false });
      entry = st ? statToEntry(st) : undefined;
    } catch {
      entry = undefined; // EACCES, ENAMETOOLONG, ENOTDIR: not there as far as a lookup goes
    }
    if (this.stats.size < 10_000) this.stats.set(rel, entry);
    return entry;
  }

  /** The names in directory `dir`, once it has been asked about LIST_AFTER times. */
  private listing(dir: string): ReadonlySet<string> | null | undefined {
    const known = this.listings.get(dir);
    if (known !== undefined) return known;
    const n = (this.asked.get(dir) ?? 0) + 1;
    if (n < LIST_AFTER) {
      this.asked.set(dir, n);
      return undefined;
    }
    this.asked.delete(dir);
    const names = this.readdir(dir);
    const set = names ? new Set(names) : null;
    this.listings.set(dir, set);
    return set;
  }

  readlink(rel: string): string | undefined {
    try {
      return fs.readlinkSync(this.abs(rel));
    } catch {
      return undefined;
    }
  }

  readFile(rel: string, limit: number): Uint8Array | undefined {
    let fd: number | undefined;
    try {
      fd = fs.openSync(this.abs(rel), O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
      // A file lstat has just seen as a regular one is read up to the size it saw (no fstat, and
      // no read to find the end); any other is asked what it is now.
      const seen = this.stats.get(rel);
      let size = limit;
      if (seen?.type === 'file') size = Math.min(limit, seen.size);
      else if (!fs.fstatSync(fd).isFile()) return undefined;
      // Unsafe: only the bytes read are handed out, and a small one comes from Node's pool.
      const buf = Buffer.allocUnsafe(size);
      return buf.subarray(0, readFully(fd, buf, null));
    } catch {
      return undefined;
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  }

  readdir(rel: string): string[] | undefined {
    try {
      return fs.readdirSync(this.abs(rel));
    } catch {
      return undefined;
    }
  }
}
