// A bundle packed in a tar archive (.tar, .tar.gz, .tgz, or a tar stream on stdin): streamed once
// and indexed, never extracted, never written. The bundle's top is the archive's top, or its single
// top-level folder when config.json is there. The rootfs view over the index resolves paths exactly
// as the directory view does (the same Rootfs class over a different RawTree).
//
// Memory: the index keeps every entry's header fields; file contents only for config.json and
// small files (see tar.ts). Reads of larger files go back to the archive: a pread for an
// uncompressed .tar on disk, the decompressed buffer for a small .tar.gz (held until close());
// otherwise (a large .tar.gz, stdin) only the first KEEP_HEAD bytes of such a file are available.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import type * as Zlib from 'node:zlib';
import { Rootfs, type EntryStat, type FileType, type RawTree } from './rootfs.js';
import { ConfigReadError, SourceDamageError, SourceFailedError, type BundleSource, type RootStatus, type SourceDamage, type SourceFinding } from './source.js';
import { TarIndexer, normalize, type TarEntry } from './tar.js';
import type { Diagnostic } from '../core/types.js';
import { ImageBundleSource, type ImageOptions } from './image/source.js';
import { TarStore } from './image/store.js';
import { isImageTop, startsGzip } from './image/detect.js';
import { preadSame, readFully } from './files.js';

// node:stream (and what it pulls in) is loaded only when an archive is read.
let streamModule: typeof import('node:stream') | undefined;
function readable(): typeof import('node:stream').Readable {
  streamModule ??= createRequire(import.meta.url)('node:stream') as typeof import('node:stream');
  return streamModule.Readable;
}

const { O_RDONLY, O_NONBLOCK = 0 } = fs.constants;

/** Archives up to this size are read in one go and decompressed synchronously (the fast path). */
const WHOLE_READ_LIMIT = 16 * 1024 * 1024;
/** Decompressed size held for lazy reads of large files; beyond it the stream path is taken. */
const WHOLE_INFLATE_LIMIT = 128 * 1024 * 1024;

/**
 * Names of bundle archives: .tar, .tar.gz and .tgz, which are read, and the tar names of other
 * compressions (xz, bzip2, zstd, lz4), which are not: taken as archives, they get a finding that
 * says so, instead of being parsed as a config file or passed over by the directory search.
 */
const ARCHIVE_RE = /\.(tar|tar\.gz|tgz|tar\.xz|txz|tar\.bz2|tbz2?|tar\.zst|tzst|tar\.lz4)$/i;

export function isArchivePath(p: string): boolean {
  return ARCHIVE_RE.test(p);
}

export class ArchiveIndex {
  readonly entries: Map<string, TarEntry>;
  readonly children = new Map<string, string[]>();

  constructor(
    entries: Map<string, TarEntry>,
    /** The whole decompressed stream, or a reader of byte ranges of it, for lazy reads. */
    private readonly reader: ((offset: number, length: number) => Uint8Array | undefined) | undefined,
  ) {
    this.entries = entries;
    const implied = (p: string): void => {
      if (!entries.has(p)) entries.set(p, { path: p, type: 'dir', mode: 0o755, uid: 0, gid: 0, size: 0, offset: 0 });
    };
    implied('');
    for (const p of [...entries.keys()]) {
      if (p === '') continue;
      let child = p;
      for (;;) {
        const slash = child.lastIndexOf('/');
        const parent = slash < 0 ? '' : child.slice(0, slash);
        const existed = entries.has(parent);
        implied(parent);
        let list = this.children.get(parent);
        if (!list) this.children.set(parent, (list = []));
        const name = child.slice(slash + 1);
        if (!list.includes(name)) list.push(name);
        if (existed || parent === '') break;
        child = parent;
      }
    }
  }

  /** The entry, with a hard link replaced by what it links to (undefined when that is missing). */
  get(p: string): TarEntry | undefined {
    let e = this.entries.get(p);
    for (let hops = 0; e?.type === 'hardlink' && hops < 40; hops++) e = this.entries.get(e.link ?? '');
    return e?.type === 'hardlink' ? undefined : e;
  }

  read(e: TarEntry, limit: number): Uint8Array | undefined {
    const want = Math.min(e.size, limit);
    const have = e.data ?? new Uint8Array(0);
    if (have.length >= want) return have.subarray(0, want);
    return this.reader?.(e.offset, want) ?? have;
  }
}

export function entryStat(e: TarEntry): EntryStat {
  return { type: e.type as FileType, mode: e.mode, size: e.size, uid: e.uid, gid: e.gid };
}

/** RawTree over an archive index, rooted at `base` (an archive path, '' for the archive top). */
export class ArchiveTree implements RawTree {
  constructor(
    private readonly index: ArchiveIndex,
    private readonly base: string,
  ) {}

  private key(rel: string): string {
    return this.base === '' ? rel : rel === '' ? this.base : `${this.base}/${rel}`;
  }

  lstat(rel: string): EntryStat | undefined {
    const e = this.index.get(this.key(rel));
    return e ? entryStat(e) : undefined;
  }

  readlink(rel: string): string | undefined {
    const e = this.index.get(this.key(rel));
    return e?.type === 'symlink' ? e.link : undefined;
  }

  readFile(rel: string, limit: number): Uint8Array | undefined {
    const e = this.index.get(this.key(rel));
    return e?.type === 'file' ? this.index.read(e, limit) : undefined;
  }

  readdir(rel: string): string[] | undefined {
    const e = this.index.get(this.key(rel));
    if (e?.type !== 'dir') return undefined;
    return [...(this.index.children.get(this.key(rel)) ?? [])];
  }
}

export class ArchiveBundleSource implements BundleSource {
  readonly hasFilesystem = true;
  configPath: string;
  readonly bundlePath: string;
  damage: SourceDamage | undefined;
  /** The archive's directory (for a file): an archive holds no configuration file of ours. */
  readonly configLookupDir: string | undefined;
  private index: ArchiveIndex | undefined;
  private top = '';

  /** `file` is the archive's path, or undefined for a tar stream on stdin named `name`. */
  /** The container image the archive turned out to hold (oci-archive, docker save): it answers instead. */
  private imageSource: ImageBundleSource | undefined;

  constructor(
    readonly file: string | undefined,
    name: string = file ?? '<stdin>',
    private readonly imageOptions: ImageOptions = {},
  ) {
    this.bundlePath = name;
    this.configPath = `${name}!/config.json`;
    if (file !== undefined) this.configLookupDir = path.dirname(path.resolve(file));
  }

  async readConfig(limit: number): Promise<Uint8Array> {
    const indexer = new TarIndexer((p, size) => size <= limit && /^([^/]+\/)?config\.json$/.test(p));
    let reader: ((offset: number, length: number) => Uint8Array | undefined) | undefined;
    if (this.file === undefined) {
      await readStream(process.stdin, indexer, this.bundlePath);
    } else {
      reader = await readFile(this.file, indexer, this.bundlePath);
    }
    const entries = indexer.entries;
    const d = indexer.damage;
    if (d) {
      this.damage = { reason: d.reason, archive: this.bundlePath, detail: d.detail, ...(d.entry !== undefined && { entry: d.entry }), complete: d.reason === 'no-end' };
    }
    // The bundle's top: the archive top, or its single top-level folder.
    if (!entries.has('config.json')) {
      const tops = new Set<string>();
      for (const p of entries.keys()) tops.add(p.split('/')[0]!);
      tops.delete('');
      const only = tops.size === 1 ? [...tops][0]! : undefined;
      if (only !== undefined && entries.has(`${only}/config.json`)) this.top = only;
    }
    this.configPath = `${this.bundlePath}!/${this.top ? `${this.top}/` : ''}config.json`;
    this.index = new ArchiveIndex(entries, reader);
    if (this.top === '' && !entries.has('config.json') && isImageTop(entries) && !(this.damage && !this.damage.complete)) {
      return this.readImage(limit, reader !== undefined, !startsGzip(this.file));
    }
    const bundle = new ArchiveTree(this.index, this.top);
    const fsView = new Rootfs(bundle);
    const r = fsView.resolve('/config.json', true);
    if (!r.ok) {
      if (this.damage && !this.damage.complete) throw new SourceDamageError(this.damage);
      throw new ConfigReadError(`the archive ${this.bundlePath} holds no config.json at its top or in a single top-level folder`, 'unreadable');
    }
    if (r.stat.type !== 'file') throw new ConfigReadError(`${this.configPath} is a ${r.stat.type} in the archive`, 'not-a-file');
    if (r.stat.size > limit) {
      throw new ConfigReadError(`the file is ${r.stat.size} bytes, over the ${limit}-byte limit (--max-config-size)`, 'too-large');
    }
    const bytes = bundle.readFile(r.path.slice(1), limit);
    if (!bytes || bytes.length < r.stat.size) {
      // config.json itself was cut short.
      throw new SourceDamageError(this.damage ?? { reason: 'truncated', archive: this.bundlePath, detail: `entry "${r.path.slice(1)}" is cut short`, complete: false });
    }
    return bytes;
  }

  /** Lints the container image the archive holds, when its members can be read again. */
  private async readImage(limit: number, rereadable: boolean, plain: boolean): Promise<Uint8Array> {
    // From standard input, or a large compressed archive (it would have to be decompressed again
    // for each layer): not linted as an image, and the finding says what to do instead.
    if (this.file === undefined || !rereadable) {
      this.unreadImage = [{ ruleId: 'image-manifest', messageId: this.file === undefined ? 'fromStdin' : 'compressed', data: { image: this.bundlePath } }];
      throw new SourceFailedError(`${this.bundlePath}: an image archive not read as an image`);
    }
    const image = (this.imageSource = new ImageBundleSource(new TarStore(this.bundlePath, this.file, this.index!, plain), this.imageOptions, this.file));
    try {
      return await image.readConfig(limit);
    } finally {
      this.configPath = image.configPath;
    }
  }

  private unreadImage: SourceFinding[] | undefined;

  get findings(): readonly SourceFinding[] | undefined {
    return this.imageSource?.findings ?? this.unreadImage;
  }

  get image(): ImageBundleSource['image'] {
    return this.imageSource?.image;
  }

  relocate(d: Diagnostic): Diagnostic {
    return this.imageSource ? this.imageSource.relocate(d) : d;
  }

  private bundleTree(): ArchiveTree {
    return new ArchiveTree(this.index!, this.top);
  }

  inspectRoot(rootPath: string): RootStatus {
    if (this.imageSource) return this.imageSource.inspectRoot();
    const norm = path.posix.normalize(rootPath);
    // An absolute path is where the archive will be unpacked, which it does not say.
    if (path.posix.isAbsolute(rootPath) || norm === '..' || norm.startsWith('../')) {
      return { kind: 'outside', resolvedPath: norm };
    }
    // "." (or "./") is the bundle directory itself, the archive's top: the loop below walks nothing.
    const parts = norm.split('/').filter((c) => c !== '' && c !== '.');
    const tree = this.bundleTree();
    for (let i = 0; i < parts.length; i++) {
      const rel = parts.slice(0, i + 1).join('/');
      const st = tree.lstat(rel);
      if (!st) return { kind: 'missing', at: rel };
      if (st.type === 'symlink') {
        const target = tree.readlink(rel) ?? '';
        return { kind: 'symlink', target, resolved: this.linkTargetType(rel, target) };
      }
      if (st.type !== 'dir') return { kind: 'not-dir', type: st.type };
    }
    return { kind: 'dir' };
  }

  /** Where a symlink in the bundle leads, seen from the bundle (an absolute target is the host's). */
  private linkTargetResolution(rel: string, target: string): { path: string; type: FileType } | 'missing' | 'outside' {
    if (target === '' || target.startsWith('/')) return 'outside';
    const joined = path.posix.normalize(path.posix.join(path.posix.dirname(rel), target));
    if (joined === '..' || joined.startsWith('../')) return 'outside';
    const r = new Rootfs(this.bundleTree()).resolve('/' + joined, true);
    return r.ok ? { path: r.path.slice(1), type: r.stat.type } : 'missing';
  }

  private linkTargetType(rel: string, target: string): FileType | 'missing' | 'outside' {
    const r = this.linkTargetResolution(rel, target);
    return typeof r === 'string' ? r : r.type;
  }

  openRootfs(rootPath: string): Rootfs | undefined {
    if (this.imageSource) return this.imageSource.openRootfs();
    if (!this.index || (this.damage && !this.damage.complete)) return undefined;
    const status = this.inspectRoot(rootPath);
    const prefix = this.top ? `${this.top}/` : '';
    if (status.kind === 'dir') {
      // The bundle's top itself for root.path ".".
      return new Rootfs(new ArchiveTree(this.index, [this.top, normalize(rootPath)].filter((p) => p).join('/')));
    }
    if (status.kind === 'symlink' && status.resolved === 'dir') {
      const parts = path.posix.normalize(rootPath).split('/').filter((c) => c !== '' && c !== '.');
      const r = this.linkTargetResolution(parts.join('/'), status.target);
      if (typeof r !== 'string') return new Rootfs(new ArchiveTree(this.index, prefix + r.path));
    }
    return undefined;
  }

  close(): void {
    this.index = undefined;
    this.imageSource?.close();
  }
}

let zlibModule: typeof Zlib | undefined;
/** node:zlib, loaded on the first compressed archive (a run over directories never needs it). */
async function loadZlib(): Promise<typeof Zlib> {
  return (zlibModule ??= await import('node:zlib'));
}

function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

function namedGzip(name: string): boolean {
  return /\.(gz|tgz)$/i.test(name);
}

/** Indexes an archive on disk; returns a reader of byte ranges of the tar stream for lazy reads. */
async function readFile(file: string, indexer: TarIndexer, name: string): Promise<((offset: number, length: number) => Uint8Array | undefined) | undefined> {
  let fd: number;
  let st: fs.Stats;
  try {
    // O_NONBLOCK: a FIFO named x.tar must not hang the linter.
    fd = fs.openSync(file, O_RDONLY | O_NONBLOCK);
    st = fs.fstatSync(fd);
  } catch (e) {
    throw new ConfigReadError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, 'unreadable');
  }
  let owned = true;
  try {
    if (!st.isFile()) throw new ConfigReadError(`${file} is not a regular file`, 'not-a-file');
    // A small archive is read whole at once; of a large one, the first block tells what it is.
    const whole = st.size <= WHOLE_READ_LIMIT;
    const first = Buffer.allocUnsafe(whole ? st.size : Math.min(512, st.size));
    const got = readFully(fd, first, 0);
    const gz = isGzip(first.subarray(0, got));
    if (!gz && namedGzip(name) && st.size > 0) {
      indexer.fail('not-gzip', `${name} is named as gzip-compressed but its data is not gzip`);
      return undefined;
    }
    if (whole) {
      const buf = first.subarray(0, got);
      if (!gz) {
        indexer.push(buf);
        indexer.end();
        return preadReader(file, st);
      }
      const zlib = await loadZlib();
      let out: Buffer | undefined;
      try {
        out = zlib.gunzipSync(buf, { finishFlush: zlib.constants.Z_SYNC_FLUSH, maxOutputLength: WHOLE_INFLATE_LIMIT });
      } catch {
        out = undefined; // corrupt data or too large: the stream path finds where
      }
      if (out) {
        indexer.push(out);
        indexer.end();
        const inflated = out;
        return (offset, length) => inflated.subarray(offset, offset + length);
      }
      await streamInto(readable().from([buf]), true, indexer, name);
      return undefined;
    }
    // The stream owns the descriptor from here on and closes it.
    const stream = fs.createReadStream('', { fd, autoClose: true, start: 0 });
    owned = false;
    await streamInto(stream, gz, indexer, name);
    return gz ? undefined : preadReader(file, st);
  } finally {
    if (owned) fs.closeSync(fd);
  }
}

/** Reads byte ranges of an uncompressed archive again, if it is still the same file. */
function preadReader(file: string, orig: fs.Stats): (offset: number, length: number) => Uint8Array | undefined {
  return (offset, length) => preadSame(file, orig, offset, length);
}


/** A tar stream from stdin: gzip or not, told by its first bytes. */
async function readStream(input: NodeJS.ReadableStream, indexer: TarIndexer, name: string): Promise<void> {
  const it = (input as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) {
    indexer.end();
    return;
  }
  const head: Buffer = first.value;
  async function* rest(): AsyncGenerator<Buffer> {
    yield head;
    for (;;) {
      const n = await it.next();
      if (n.done) return;
      yield n.value;
    }
  }
  await streamInto(readable().from(rest()), isGzip(head), indexer, name);
}

/** Pushes a byte stream (gunzipped when `gz`) into the indexer; stops reading once the tar ends. */
async function streamInto(input: NodeJS.ReadableStream & { destroy?: () => void }, gz: boolean, indexer: TarIndexer, name: string): Promise<void> {
  const zlib = await loadZlib();
  const source = gz ? input.pipe(zlib.createGunzip({ finishFlush: zlib.constants.Z_SYNC_FLUSH })) : input;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      indexer.push(chunk);
      if (indexer.stopped) break;
    }
    indexer.end();
  } catch (e) {
    if (!indexer.stopped) {
      const code = (e as NodeJS.ErrnoException).code;
      const where = indexer.lastName ? ` after entry "${indexer.lastName}"` : '';
      if (gz && typeof code === 'string' && code.startsWith('Z_')) indexer.fail('compressed-corrupt', `the gzip data of ${name} is corrupt${where} (${(e as Error).message})`);
      else indexer.fail('truncated', `${name} could not be read to its end${where}: ${code ?? String(e)}`);
    }
  } finally {
    input.destroy?.();
    (source as { destroy?: () => void }).destroy?.();
  }
}
