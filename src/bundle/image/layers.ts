// Reads one layer blob in a single pass: its bytes are hashed (the digest the manifest names),
// decompressed as they come (gzip with node:zlib, zstd with fzstd, or none), hashed again (the
// config's diff_id) and parsed as tar (bundle/tar.ts). Nothing is written and file contents are
// not kept, except the first bytes of executable files (what the exec rules read) and the files
// the conversion needs (/etc/passwd, /etc/group). A layer that inflates far beyond its size, or
// an image with too many entries, is stopped: a decompression bomb costs a bounded time.
//
// Layer media types: https://github.com/opencontainers/image-spec/blob/v1.1.0/layer.md

import { createHash, type Hash } from 'node:crypto';
import { Transform, Writable, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as zlib from 'node:zlib';
import { KEEP_HEAD, TarIndexer, type TarDamage, type TarEntry } from '../tar.js';
import type { Member } from './store.js';

/** Limits that keep a hostile image from costing unbounded time or memory. */
export interface Limits {
  /** Decompressed bytes of all layers together. */
  totalBytes: number;
  /** A layer may inflate at most this many times its compressed size... */
  ratio: number;
  /** ...once it is past this many decompressed bytes (small layers of zeros are fine). */
  ratioAfter: number;
  /** Entries of all layers together. */
  entries: number;
}

export const DEFAULT_LIMITS: Limits = { totalBytes: 16 * 1024 ** 3, ratio: 200, ratioAfter: 64 * 1024 ** 2, entries: 1_000_000 };

/** What is spent so far over the image's layers. */
export interface Spent {
  bytes: number;
  entries: number;
}

export type Compression = 'none' | 'gzip' | 'zstd' | 'xz' | 'bzip2' | 'lz4';

export interface LayerRead {
  entries: Map<string, TarEntry>;
  odd: TarIndexer['odd'];
  /** The tar stream inside is damaged (or compressed in a way not read). */
  damage: TarDamage | undefined;
  /** What the bytes are. */
  compression: Compression;
  /** The blob's digest as computed ("sha256:..."), when every byte was read and the algorithm is known. */
  digest: string | undefined;
  /** The decompressed stream's SHA-256 ("sha256:..."), when it was read to its end. */
  diffId: string | undefined;
  /** Bytes read of the blob. */
  size: number;
  inflated: number;
  /** Why reading stopped early: a limit. */
  stopped?: { limit: 'ratio' | 'total' | 'entries'; inflated: number; compressed: number };
  /** The blob could not be read (an I/O error). */
  ioError?: string;
  /** For an uncompressed layer on disk: bytes of the tar stream read again on demand. */
  pread: ((offset: number, length: number) => Uint8Array | undefined) | undefined;
}

/** The first bytes the exec rules read, and the files the conversion reads whole. */
const WHOLE = new Set(['etc/passwd', 'etc/group']);
const WHOLE_MAX = 1024 * 1024;

function keepPolicy(path: string, size: number, mode: number): number {
  if (WHOLE.has(path) && size <= WHOLE_MAX) return size;
  return mode & 0o111 ? KEEP_HEAD : 0;
}

export function sniff(head: Uint8Array): Compression {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head[0] === 0x28 && head[1] === 0xb5 && head[2] === 0x2f && head[3] === 0xfd) return 'zstd';
  if (head[0] === 0xfd && head[1] === 0x37 && head[2] === 0x7a && head[3] === 0x58) return 'xz';
  if (head[0] === 0x42 && head[1] === 0x5a && head[2] === 0x68) return 'bzip2';
  if (head[0] === 0x04 && head[1] === 0x22 && head[2] === 0x4d && head[3] === 0x18) return 'lz4';
  return 'none';
}

/** What a layer media type says the bytes are; undefined for a type that says nothing (docker save). */
export function declaredCompression(mediaType: string | undefined): Compression | undefined {
  if (mediaType === undefined) return undefined;
  if (/\+gzip$|\.tar\.gzip$|\.tar\.gz$/.test(mediaType)) return 'gzip';
  if (/\+zstd$/.test(mediaType)) return 'zstd';
  if (/\.tar$/.test(mediaType)) return 'none';
  return undefined;
}

class Stop extends Error {
  constructor(readonly limit: 'ratio' | 'total' | 'entries') {
    super(`limit ${limit}`);
  }
}
class Corrupt extends Error {}

export async function readLayer(member: Member, algorithm: string | undefined, limits: Limits, spent: Spent): Promise<LayerRead> {
  const indexer = new TarIndexer(undefined, keepPolicy);
  const blobHash: Hash | undefined = algorithm === 'sha256' || algorithm === 'sha512' ? createHash(algorithm) : undefined;
  const diffHash = createHash('sha256');
  let size = 0;
  let inflated = 0;
  let compression: Compression = 'none';
  let stopped: LayerRead['stopped'];
  let ioError: string | undefined;
  let damage: TarDamage | undefined;
  let complete = false;

  const source = member.stream();
  const it = (source as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  let first: IteratorResult<Buffer>;
  try {
    first = await it.next();
  } catch (e) {
    source.destroy();
    return result();
  }
  const head: Buffer = first.done ? Buffer.alloc(0) : first.value;
  compression = sniff(head);
  async function* all(): AsyncGenerator<Buffer> {
    if (head.length) yield head;
    for (;;) {
      const n = await it.next();
      if (n.done) return;
      yield n.value;
    }
  }
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      blobHash?.update(chunk);
      done(null, chunk);
    },
  });
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      inflated += chunk.length;
      spent.bytes += chunk.length;
      if (spent.bytes > limits.totalBytes) return done(new Stop('total'));
      if (inflated > limits.ratioAfter && inflated > limits.ratio * Math.max(member.size, 1)) return done(new Stop('ratio'));
      diffHash.update(chunk);
      const before = indexer.entries.size;
      indexer.push(chunk);
      spent.entries += indexer.entries.size - before;
      if (spent.entries > limits.entries) return done(new Stop('entries'));
      done();
    },
  });
  const stages: (NodeJS.ReadableStream | NodeJS.ReadWriteStream | NodeJS.WritableStream)[] = [Readable.from(all()), tap];
  if (compression === 'gzip') stages.push(zlib.createGunzip({ chunkSize: 256 * 1024 }));
  else if (compression === 'zstd') stages.push(await zstdStream());
  if (compression === 'xz' || compression === 'bzip2' || compression === 'lz4') {
    damage = { reason: 'unsupported-compression', detail: `${compression}-compressed` };
    source.destroy();
    return result();
  }
  stages.push(sink);
  try {
    await (pipeline as unknown as (...s: unknown[]) => Promise<void>)(...stages);
    complete = true;
  } catch (e) {
    if (e instanceof Stop) stopped = { limit: e.limit, inflated, compressed: size };
    else if (e instanceof Corrupt || /^Z_/.test(String((e as NodeJS.ErrnoException).code))) {
      damage = { reason: 'compressed-corrupt', detail: `its ${compression} data is corrupt (${(e as Error).message})` };
    }
    else ioError = (e as NodeJS.ErrnoException).code ?? String((e as Error).message ?? e);
  } finally {
    source.destroy();
  }
  if (complete) indexer.end();
  return result();

  function result(): LayerRead {
    const whole = complete && size === member.size;
    return {
      entries: indexer.entries,
      odd: indexer.odd,
      damage: damage ?? (complete ? indexer.damage : undefined),
      compression,
      digest: whole && blobHash ? `${algorithm}:${blobHash.digest('hex')}` : undefined,
      diffId: complete && !stopped ? `sha256:${diffHash.digest('hex')}` : undefined,
      size,
      inflated,
      ...(stopped && { stopped }),
      ...(ioError !== undefined && { ioError }),
      pread: compression === 'none' ? member.pread : undefined,
    };
  }
}

/** A transform that decompresses zstd with fzstd, loaded only for a zstd layer. */
async function zstdStream(): Promise<Transform> {
  const { Decompress } = await import('fzstd');
  let t: Transform;
  const d = new Decompress((chunk: Uint8Array) => {
    t.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
  });
  t = new Transform({
    transform(chunk: Buffer, _enc, done) {
      try {
        d.push(chunk);
        done();
      } catch (e) {
        done(new Corrupt((e as Error).message));
      }
    },
    flush(done) {
      try {
        d.push(new Uint8Array(0), true);
        done();
      } catch (e) {
        done(new Corrupt((e as Error).message));
      }
    },
  });
  return t;
}
