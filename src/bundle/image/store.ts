// Where an image's files are: an OCI image layout directory, or a tar archive of one (an
// "oci-archive", or what `docker save` writes). Both answer the same questions: read a small member
// whole (index.json, a manifest, the image config), or stream a large one (a layer blob). Members
// are named by their path from the image's top ("blobs/sha256/4a1c...", "manifest.json").
//
// Read-only, like every source: files are opened with O_NONBLOCK (a FIFO must not hang the run),
// a blob must be a regular file, and a member name that climbs out of the image is never opened.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import type { Readable } from 'node:stream';
import type { ArchiveIndex } from '../archive-source.js';
import { normalize } from '../tar.js';
import { preadSame } from '../files.js';

const { O_RDONLY, O_NONBLOCK = 0, O_NOFOLLOW = 0 } = fs.constants;

/** The answer to a read of a small member. */
export type SmallRead = { ok: true; bytes: Buffer } | { ok: false; reason: 'missing' | 'not-file' | 'too-large' | 'unreadable'; detail?: string };

/** A member to stream: its size, a stream of its bytes, and (when the bytes stay on disk as they are) a reader of ranges. */
export interface Member {
  size: number;
  stream(): Readable;
  /** Bytes at an offset of the member, read again from disk; undefined when they cannot be. */
  pread?: (offset: number, length: number) => Uint8Array | undefined;
}

export interface ImageStore {
  /** How reports name the image: the directory or the archive. */
  readonly name: string;
  /** What kind of container it is, for messages. */
  readonly kind: 'layout' | 'archive';
  /** How reports name one of its members. */
  shown(member: string): string;
  /** Whether the member exists (as anything). */
  has(member: string): boolean;
  read(member: string, limit: number): SmallRead;
  open(member: string): Member | 'missing' | 'not-file';
}

/** An OCI image layout on disk. */
export class DirStore implements ImageStore {
  readonly kind = 'layout';
  private readonly abs: string;

  constructor(readonly name: string) {
    this.abs = path.resolve(name);
  }

  shown(member: string): string {
    return path.join(this.name, member);
  }

  /** The member's path on disk, or undefined for a name that climbs out. */
  private file(member: string): string | undefined {
    const n = normalize(member);
    return n === undefined || n === '' ? undefined : path.join(this.abs, n);
  }

  has(member: string): boolean {
    const f = this.file(member);
    return f !== undefined && fs.lstatSync(f, { throwIfNoEntry: false }) !== undefined;
  }

  read(member: string, limit: number): SmallRead {
    const f = this.file(member);
    if (f === undefined) return { ok: false, reason: 'missing' };
    let fd: number | undefined;
    try {
      // O_NOFOLLOW: a blob that is a symlink could lead anywhere on the host.
      fd = fs.openSync(f, O_RDONLY | O_NONBLOCK | O_NOFOLLOW);
      const st = fs.fstatSync(fd);
      if (!st.isFile()) return { ok: false, reason: 'not-file' };
      if (st.size > limit) return { ok: false, reason: 'too-large', detail: `${st.size} bytes` };
      return { ok: true, bytes: fs.readFileSync(fd) };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, reason: 'missing' };
      if (code === 'ELOOP') return { ok: false, reason: 'not-file', detail: 'a symlink' };
      return { ok: false, reason: 'unreadable', detail: code ?? String(e) };
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  }

  open(member: string): Member | 'missing' | 'not-file' {
    const f = this.file(member);
    if (f === undefined) return 'missing';
    let fd: number;
    let st: fs.Stats;
    try {
      fd = fs.openSync(f, O_RDONLY | O_NONBLOCK | O_NOFOLLOW);
      st = fs.fstatSync(fd);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return code === 'ELOOP' ? 'not-file' : 'missing';
    }
    if (!st.isFile()) {
      fs.closeSync(fd);
      return 'not-file';
    }
    fs.closeSync(fd);
    return {
      size: st.size,
      stream: () => openStream(f, 0, st.size),
      pread: (offset, length) => preadSame(f, st, offset, length),
    };
  }
}

/** An image in an uncompressed tar archive on disk, indexed once by the archive source. */
export class TarStore implements ImageStore {
  readonly kind = 'archive';

  constructor(
    readonly name: string,
    /** The archive on disk, or undefined when it came from standard input (nothing can be re-read). */
    private readonly file: string | undefined,
    private readonly index: ArchiveIndex,
    /** Whether the archive's bytes are its tar stream (not gzip-compressed): only then can members be streamed from disk. */
    private readonly plain: boolean,
  ) {}

  shown(member: string): string {
    return `${this.name}!/${member}`;
  }

  has(member: string): boolean {
    const n = normalize(member);
    return n !== undefined && this.index.entries.has(n);
  }

  read(member: string, limit: number): SmallRead {
    const n = normalize(member);
    const e = n === undefined ? undefined : this.index.get(n);
    if (!e) return { ok: false, reason: 'missing' };
    if (e.type !== 'file') return { ok: false, reason: 'not-file' };
    if (e.size > limit) return { ok: false, reason: 'too-large', detail: `${e.size} bytes` };
    const bytes = this.index.read(e, e.size);
    if (!bytes || bytes.length < e.size) return { ok: false, reason: 'unreadable', detail: 'cut short' };
    return { ok: true, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) };
  }

  open(member: string): Member | 'missing' | 'not-file' {
    const n = normalize(member);
    const e = n === undefined ? undefined : this.index.get(n);
    if (!e) return 'missing';
    if (e.type !== 'file') return 'not-file';
    const file = this.file;
    if (file !== undefined && this.plain) {
      const st = fs.statSync(file);
      return {
        size: e.size,
        stream: () => openStream(file, e.offset, e.size),
        pread: (offset, length) => preadSame(file, st, e.offset + offset, Math.min(length, e.size - offset)),
      };
    }
    // A small gzip-compressed archive is held decompressed by its index.
    const bytes = this.index.read(e, e.size);
    if (!bytes || bytes.length < e.size) return 'missing';
    return { size: e.size, stream: () => nodeStream().Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)]) };
  }
}

// node:stream is loaded when an image is read, not by every run.
let streamModule: typeof import('node:stream') | undefined;
function nodeStream(): typeof import('node:stream') {
  return (streamModule ??= createRequire(import.meta.url)('node:stream') as typeof import('node:stream'));
}

function openStream(file: string, start: number, size: number): Readable {
  if (size === 0) return nodeStream().Readable.from([]);
  // Opened here, O_NONBLOCK: a FIFO swapped in since the member was checked must not hang the run.
  const fd = fs.openSync(file, O_RDONLY | O_NONBLOCK);
  return fs.createReadStream('', { fd, autoClose: true, start, end: start + size - 1, highWaterMark: 1 << 20 });
}

