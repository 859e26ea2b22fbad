// A push parser that indexes a tar stream without extracting it: ustar, old GNU and POSIX (PAX)
// headers, GNU long names and long link targets (L/K), PAX path/linkpath/size/uid/gid records,
// base-256 numbers. Feed it decompressed bytes with push() in chunks of any size, then end().
//
// What is kept per entry: name, type, mode, uid, gid, size and link target; file contents only for
// small files (see KEEP_*), and for every regular file the offset of its data in the stream, so
// that a reader holding the archive (an uncompressed .tar on disk) can read any file lazily.
// Damage (a bad checksum, a header or entry cut short, no end-of-archive marker) stops the parse
// and is recorded in `damage`, naming the entry; everything indexed before it stays available.

import type { FileType } from './rootfs.js';

export type TarEntryType = FileType | 'hardlink';

export interface TarEntry {
  /** Normalised path: no leading '/' or './', no '.' or empty components, no trailing '/'. */
  path: string;
  type: TarEntryType;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  /** Symlink target as written, or the normalised archive path a hard link names. */
  link?: string;
  /** Offset of the entry's data in the (decompressed) tar stream. */
  offset: number;
  /** The first `data.length` bytes of a regular file (all of it when data.length === size). */
  data?: Uint8Array;
}

export type TarDamageReason = 'truncated' | 'corrupt' | 'no-end' | 'not-gzip' | 'compressed-corrupt' | 'unsupported-compression';

export interface TarDamage {
  reason: TarDamageReason;
  /** What went wrong, in words, naming the entry where there is one. */
  detail: string;
  /** The archive path of the entry concerned, when known. */
  entry?: string;
}

/** Files up to this size are kept whole. */
const KEEP_WHOLE = 64 * 1024;
/** Of larger files (or once the budget is spent) the first bytes are kept: shebangs, ELF headers. */
export const KEEP_HEAD = 1024;
/** Bytes of whole small files kept per archive before falling back to heads only. */
const KEEP_BUDGET = 32 * 1024 * 1024;

const BLOCK = 512;
/** Odd entry names recorded per archive. */
const MAX_ODD = 100;

interface Pending {
  /** GNU L / PAX path for the next entry. */
  path?: string;
  link?: string;
  size?: number;
  uid?: number;
  gid?: number;
}

export class TarIndexer {
  readonly entries = new Map<string, TarEntry>();
  damage: TarDamage | undefined;
  /** Set once the end-of-archive marker (a zero block) has been seen. */
  ended = false;

  private buf: Uint8Array = new Uint8Array(0);
  private pos = 0; // bytes of the stream consumed so far
  private state: 'header' | 'data' | 'done' = 'header';
  private cur: { entry: TarEntry | undefined; remaining: number; padding: number; meta?: 'L' | 'K' | 'x' | 'g'; metaBuf?: Uint8Array[]; keep: number; kept: Uint8Array[] } | undefined;
  private pending: Pending = {};
  private global: Pending = {};
  /** The name of the last entry header read. */
  lastName = '';
  private budget = KEEP_BUDGET;
  /**
   * Entries not indexed because their names climb out of the archive ("../x"), and entries whose
   * names are absolute ("/x", indexed as "x"): image layers report them (at most MAX_ODD of each).
   */
  readonly odd: { name: string; reason: 'climbs-out' | 'absolute' }[] = [];

  /**
   * `keepWhole`: files kept whole whatever their size (config.json). `keep`, when given, replaces
   * the default policy: how many of a regular file's first bytes to keep.
   */
  constructor(
    private readonly keepWhole: (path: string, size: number) => boolean = () => false,
    private readonly keep?: (path: string, size: number, mode: number) => number,
  ) {}

  get stopped(): boolean {
    return this.state === 'done';
  }

  push(chunk: Uint8Array): void {
    if (this.state === 'done' || chunk.length === 0) return;
    let data = this.buf.length ? concat(this.buf, chunk) : chunk;
    this.buf = new Uint8Array(0);
    let i = 0;
    while (i < data.length && !this.stopped) {
      if (this.state === 'header') {
        if (data.length - i < BLOCK) break;
        this.header(data.subarray(i, i + BLOCK));
        i += BLOCK;
        this.pos += BLOCK;
      } else {
        const c = this.cur!;
        if (c.remaining > 0) {
          const n = Math.min(c.remaining, data.length - i);
          const part = data.subarray(i, i + n);
          if (c.meta) c.metaBuf!.push(part.slice());
          else if (c.keep > 0) {
            const k = Math.min(c.keep, n);
            c.kept.push(part.slice(0, k));
            c.keep -= k;
          }
          c.remaining -= n;
          i += n;
          this.pos += n;
        }
        if (c.remaining === 0) {
          const n = Math.min(c.padding, data.length - i);
          c.padding -= n;
          i += n;
          this.pos += n;
          if (c.padding === 0) this.finishEntry();
        }
      }
    }
    if (i < data.length && (this.state as string) === 'header') this.buf = data.slice(i);
    data = new Uint8Array(0);
  }

  /** The stream is over: anything unfinished is damage. */
  end(): void {
    if (this.state === 'done') return;
    if (this.state === 'data') {
      const c = this.cur!;
      const name = c.entry?.path ?? this.lastName;
      this.fail('truncated', `the archive ends inside entry "${name}" (${c.remaining} of its bytes are missing)`, name);
    } else if (this.buf.length > 0) {
      // A compressed stream shorter than one tar header is named as such, as a longer one is.
      const compression = this.pos === 0 ? unreadCompression(this.buf) : undefined;
      if (compression) this.fail('unsupported-compression', `${compression}-compressed`);
      else this.fail('truncated', `the archive ends inside a header${this.lastName ? ` after entry "${this.lastName}"` : ''}`, this.lastName || undefined);
    } else if (!this.ended) {
      if (this.pos === 0) this.fail('corrupt', 'the archive is empty');
      else this.fail('no-end', `the archive has no end-of-archive marker after entry "${this.lastName}"; it may be cut short`, this.lastName || undefined);
    }
    this.state = 'done';
    this.buf = new Uint8Array(0);
  }

  fail(reason: TarDamageReason, detail: string, entry?: string): void {
    if (!this.damage) this.damage = { reason, detail, ...(entry !== undefined && { entry }) };
    this.state = 'done';
    this.buf = new Uint8Array(0);
  }

  private header(h: Uint8Array): void {
    if (isZero(h)) {
      // End of archive (the second zero block, and any padding after it, is not read).
      this.ended = true;
      this.state = 'done';
      return;
    }
    if (!checksumOk(h)) {
      const compression = this.pos === 0 ? unreadCompression(h) : undefined;
      if (compression) {
        this.fail('unsupported-compression', `${compression}-compressed`);
        return;
      }
      const after = this.lastName ? ` after entry "${this.lastName}"` : ' at the start';
      this.fail('corrupt', `bad header checksum at byte ${this.pos}${after}${describeMagic(h, this.pos)}`, this.lastName || undefined);
      return;
    }
    const magic = ascii(h, 257, 263);
    const ustar = magic === 'ustar\0';
    let name = cstr(h, 0, 100);
    if (ustar) {
      const prefix = cstr(h, 345, 500);
      if (prefix) name = `${prefix}/${name}`;
    }
    const flag = String.fromCharCode(h[156]!);
    const sizeField = num(h, 124, 136);
    if (sizeField === undefined) {
      this.fail('corrupt', `the header of entry "${name}" has an unreadable size field`, name);
      return;
    }
    const p = this.pending;
    const size = flag === 'x' || flag === 'g' || flag === 'L' || flag === 'K' ? sizeField : (p.size ?? this.global.size ?? sizeField);
    const padding = (BLOCK - (size % BLOCK)) % BLOCK;
    if (flag === 'L' || flag === 'K' || flag === 'x' || flag === 'g') {
      if (size > 16 * 1024 * 1024) {
        this.fail('corrupt', `a ${flag} extension header of ${size} bytes is implausibly large`, this.lastName || undefined);
        return;
      }
      this.cur = { entry: undefined, remaining: size, padding, meta: flag, metaBuf: [], keep: 0, kept: [] };
      this.state = 'data';
      if (size === 0 && padding === 0) this.finishEntry();
      return;
    }
    const fullName = p.path ?? this.global.path ?? name;
    const linkRaw = p.link ?? this.global.link ?? cstr(h, 157, 257);
    const type = typeOf(flag, fullName);
    const path = normalize(fullName);
    this.lastName = fullName;
    if (flag !== 'V' && this.odd.length < MAX_ODD && (path === undefined || fullName.startsWith('/'))) {
      this.odd.push({ name: fullName, reason: path === undefined ? 'climbs-out' : 'absolute' });
    }
    const mode = (num(h, 100, 108) ?? 0) & 0o7777;
    const uid = p.uid ?? this.global.uid ?? num(h, 108, 116) ?? 0;
    const gid = p.gid ?? this.global.gid ?? num(h, 116, 124) ?? 0;
    this.pending = {};
    const entry: TarEntry | undefined =
      path === undefined || flag === 'V' // a volume label is not a file
        ? undefined
        : {
            path,
            type,
            mode,
            uid,
            gid,
            size: type === 'file' ? size : type === 'symlink' ? Buffer.byteLength(linkRaw) : 0,
            offset: this.pos + BLOCK,
            ...(type === 'symlink' && { link: linkRaw }),
            ...(type === 'hardlink' && { link: normalize(linkRaw) ?? '' }),
          };
    let keep = 0;
    if (entry && type === 'file' && this.keep) keep = Math.min(size, this.keep(path!, size, mode));
    else if (entry && type === 'file') {
      if (size <= KEEP_WHOLE && this.budget >= size) {
        keep = size;
        this.budget -= size;
      } else if (this.keepWhole(path!, size)) keep = size;
      else keep = Math.min(size, KEEP_HEAD);
    }
    // Links, directories, devices and FIFOs carry no data whatever their size field says (as in
    // GNU tar and Go's archive/tar): only regular files are followed by their bytes.
    // (A GNU dump directory, 'D', is followed by its listing.)
    const data = type === 'file' || flag === 'D' ? size : 0;
    this.cur = { entry, remaining: data, padding: (BLOCK - (data % BLOCK)) % BLOCK, keep, kept: [] };
    this.state = 'data';
    if (data === 0) this.finishEntry();
  }

  private finishEntry(): void {
    const c = this.cur!;
    this.cur = undefined;
    this.state = 'header';
    if (c.meta) {
      const body = concatAll(c.metaBuf!);
      if (c.meta === 'L') this.pending.path = cstr(body, 0, body.length);
      else if (c.meta === 'K') this.pending.link = cstr(body, 0, body.length);
      else {
        const rec = parsePax(body);
        if (!rec) {
          this.fail('corrupt', `a malformed PAX extended header${this.lastName ? ` after entry "${this.lastName}"` : ''}`, this.lastName || undefined);
          return;
        }
        Object.assign(c.meta === 'x' ? this.pending : this.global, rec);
      }
      return;
    }
    const e = c.entry;
    if (!e) return;
    if (e.type === 'file') e.data = concatAll(c.kept);
    // A later entry of the same name replaces an earlier one, as extraction would; a directory
    // entry repeated (tar --append) keeps what was under it.
    this.entries.set(e.path, e);
  }
}

function typeOf(flag: string, name: string): TarEntryType {
  switch (flag) {
    case '0':
    case '\0':
    case '7':
      // Old tars mark a directory only by its trailing slash.
      return name.endsWith('/') && flag === '\0' ? 'dir' : 'file';
    case '1':
      return 'hardlink';
    case '2':
      return 'symlink';
    case '3':
      return 'char';
    case '4':
      return 'block';
    case '5':
    case 'D':
      return 'dir';
    case '6':
      return 'fifo';
    default:
      // POSIX: an unknown type is read as a regular file.
      return 'file';
  }
}

/** Normalises an archive path; undefined for a path that climbs out ('..'), which is skipped. */
export function normalize(p: string): string | undefined {
  const out: string[] = [];
  for (const c of p.split('/')) {
    if (c === '' || c === '.') continue;
    if (c === '..') return undefined;
    out.push(c);
  }
  return out.join('/');
}

function parsePax(body: Uint8Array): Pending | undefined {
  const out: Pending = {};
  let i = 0;
  while (i < body.length) {
    if (body[i] === 0) break;
    let sp = i;
    while (sp < body.length && body[sp] !== 0x20) sp++;
    const len = Number(ascii(body, i, sp));
    if (!Number.isInteger(len) || len <= sp - i || i + len > body.length) return undefined;
    const rec = Buffer.from(body.buffer, body.byteOffset + sp + 1, i + len - sp - 2).toString('utf8');
    const eq = rec.indexOf('=');
    if (eq > 0) {
      const k = rec.slice(0, eq);
      const v = rec.slice(eq + 1);
      if (k === 'path') out.path = v;
      else if (k === 'linkpath') out.link = v;
      else if (k === 'size' || k === 'uid' || k === 'gid') {
        const n = Number(v);
        if (!Number.isSafeInteger(n) || n < 0) return undefined;
        out[k] = n;
      }
    }
    i += len;
  }
  return out;
}

function isZero(h: Uint8Array): boolean {
  for (let i = 0; i < BLOCK; i++) if (h[i] !== 0) return false;
  return true;
}

function checksumOk(h: Uint8Array): boolean {
  const stored = num(h, 148, 156);
  if (stored === undefined) return false;
  // The sum of the header's bytes with the checksum field counted as spaces, taking bytes as
  // unsigned or (old tars) signed: a signed sum is the unsigned one less 256 per byte over 127.
  let unsigned = 0;
  let high = 0;
  for (let i = 0; i < BLOCK; i++) {
    const b = h[i]!;
    unsigned += b;
    high += b >> 7;
  }
  for (let i = 148; i < 156; i++) {
    const b = h[i]!;
    unsigned += 0x20 - b;
    high -= b >> 7;
  }
  return stored === unsigned || stored === unsigned - 256 * high;
}

/** An octal field (NUL/space terminated), or a GNU base-256 number. */
function num(h: Uint8Array, start: number, end: number): number | undefined {
  const first = h[start]!;
  if (first & 0x80) {
    if (first === 0xff) return undefined; // negative
    let n = first & 0x7f;
    for (let i = start + 1; i < end; i++) n = n * 256 + h[i]!;
    return Number.isSafeInteger(n) ? n : undefined;
  }
  let i = start;
  while (i < end && (h[i] === 0x20 || h[i] === 0)) i++;
  let n = 0;
  let digits = 0;
  for (; i < end; i++) {
    const b = h[i]!;
    if (b === 0 || b === 0x20) break;
    if (b < 0x30 || b > 0x37) return undefined;
    n = n * 8 + (b - 0x30);
    digits++;
  }
  return digits === 0 ? 0 : n;
}

function cstr(b: Uint8Array, start: number, end: number): string {
  let e = start;
  while (e < end && b[e] !== 0) e++;
  return Buffer.from(b.buffer, b.byteOffset + start, e - start).toString('utf8');
}

function ascii(b: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end && i < b.length; i++) s += String.fromCharCode(b[i]!);
  return s;
}

function describeMagic(h: Uint8Array, pos: number): string {
  if (pos !== 0) return '';
  if (h[0] === 0x1f && h[1] === 0x8b) return ' (the data is gzip-compressed)';
  return '; this is not a tar archive';
}

/** The compression a stream starts with, among those ocilint recognises but does not read. */
function unreadCompression(h: Uint8Array): string | undefined {
  if (h[0] === 0xfd && ascii(h, 1, 6) === '7zXZ\0') return 'xz';
  if (ascii(h, 0, 3) === 'BZh' && h[3]! >= 0x31 && h[3]! <= 0x39) return 'bzip2';
  if (h[0] === 0x28 && h[1] === 0xb5 && h[2] === 0x2f && h[3] === 0xfd) return 'zstd';
  if (h[0] === 0x04 && h[1] === 0x22 && h[2] === 0x4d && h[3] === 0x18) return 'lz4';
  return undefined;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function concatAll(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
