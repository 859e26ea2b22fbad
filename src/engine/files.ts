// Files ocilint keeps for itself beside the bundles (the suppressions file, the cache): read
// without ever blocking, written without ever writing through a link.

import * as fs from 'node:fs';
import * as path from 'node:path';

/** The result cache's file name (see cache.ts, which is loaded only for a --cache run). */
export const CACHE_FILE = '.ocilintcache';

/** A cache file ocilint cannot use and will not overwrite. */
export class CacheFileError extends Error {
  override name = 'CacheFileError';
}

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
  return (e as NodeJS.ErrnoException).code ?? String(e);
}
