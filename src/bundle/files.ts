// Files ocilint keeps for itself beside the bundles (the suppressions file, the cache): read
// without ever blocking, written without ever writing through a link.

import { createHash } from '../core/hash.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { errnoWords } from '../core/errno.js';

/** Thrown for a file that exists but is not one to read: the message says why, without the name. */
export class NotReadableError extends Error {
  override name = 'NotReadableError';
}

/**
 * The file's text, when it is a regular file of at most `maxBytes`: a file found in the working
 * directory without being asked for must not hang the run if it is a FIFO (O_NONBLOCK), nor feed
 * it forever if it is a device. Throws NotReadableError for those, and the errno error of a file
 * that cannot be opened (ENOENT when there is none).
 */
export function readRegularFile(file: string, maxBytes: number, what: string): string {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw new NotReadableError(`${what} is not a regular file`);
    if (st.size > maxBytes) throw new NotReadableError(`${what} is ${st.size} bytes, over the ${maxBytes}-byte limit`);
    return fs.readFileSync(fd, 'utf8');
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Writes a new file beside the old and renames it over: a run stopped half-way leaves the old
 * file whole, and a symlink of that name is replaced, never written through to where it leads.
 * Throws the errno error.
 */
export function writeReplacing(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  let made = false;
  try {
    // 'wx': a file of that name that is not ours is neither written nor, below, removed.
    fs.writeFileSync(tmp, text, { flag: 'wx' });
    made = true;
    fs.renameSync(tmp, file);
  } catch (e) {
    if (made) fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/** Whether `p` is a directory, following symlinks; false when it cannot be reached. */
export function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** How messages name a file: relative to cwd when below it, else absolute. */
export function shownPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel;
}

export function errnoOf(e: unknown): string {
  return errnoWords(e);
}

/** Why writing `file` failed, in words: a directory that does not exist is named. */
export function writeProblem(file: string, e: unknown): string {
  if ((e as NodeJS.ErrnoException).code === 'ENOENT' && !fs.existsSync(path.dirname(path.resolve(file)))) return `the directory ${path.dirname(file)} does not exist`;
  return errnoWords(e);
}

/** What a file was when it was hashed: its SHA-256, size and times. */
export interface Digest {
  hash: string;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

/** SHA-256 of a regular file's bytes, read without blocking on a FIFO; undefined for anything else. */
export function digest(file: string): Digest | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return undefined;
    const h = createHash('sha256');
    const buf = Buffer.allocUnsafe(Math.min(Math.max(st.size, 1), 1 << 20));
    for (;;) {
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      h.update(buf.subarray(0, n));
    }
    return { hash: h.digest('hex'), size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs };
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Whether the file still has the size and times it had when it was hashed. */
export function unchangedSince(file: string, d: Digest): boolean {
  try {
    const st = fs.statSync(file);
    return st.size === d.size && st.mtimeMs === d.mtimeMs && st.ctimeMs === d.ctimeMs;
  } catch {
    return false;
  }
}

/** Whether anything exists at `p` (a dangling symlink does not count). */
export function exists(p: string): boolean {
  return fs.existsSync(p);
}

/**
 * Reads `length` bytes at `offset` of `file` again, if it is still the file `orig` describes (same
 * inode, size and mtime), else undefined. Opened O_NONBLOCK: a FIFO swapped in must not hang the run.
 */
export function preadSame(file: string, orig: fs.Stats, offset: number, length: number): Uint8Array | undefined {
  if (length <= 0) return new Uint8Array(0);
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const st = fs.fstatSync(fd);
    if (!st.isFile() || st.ino !== orig.ino || st.size !== orig.size || st.mtimeMs !== orig.mtimeMs) return undefined;
    const buf = Buffer.alloc(length);
    return buf.subarray(0, readFully(fd, buf, offset));
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * Reads into `buf` until it is full or the file ends, from `position` (null: the file's current
 * offset, advancing it); returns the number of bytes read.
 */
export function readFully(fd: number, buf: Uint8Array, position: number | null): number {
  let n = 0;
  while (n < buf.length) {
    const got = fs.readSync(fd, buf, n, buf.length - n, position === null ? null : position + n);
    if (got === 0) break;
    n += got;
  }
  return n;
}
