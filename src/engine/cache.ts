// The result cache (--cache): a bundle whose inputs have not changed since the last run gets that
// run's result without being parsed, validated or checked again.
//
// What a result depends on is recorded while the bundle is linted, not guessed:
// - the bytes of config.json (a SHA-256);
// - the options it was linted with: the rule settings, spec version, targets, the configuration
//   file's ignores, and ocilint's own build;
// - what root.path was found to be, and every lookup the rules made in the rootfs, with its
//   answer: each lstat (type, mode, size, owner), readlink, readdir, and a hash of each file read.
// A later run reads config.json, then asks the same questions of the same tree; only when every
// answer is the same is the recorded result used. The rules are deterministic functions of those
// answers, so a hit gives what linting would give.
//
// A bundle archive is simpler: everything its result depends on is in its bytes, so the key is a
// SHA-256 of the whole file (reading it is cheap next to unpacking and linting it). An archive
// that changes while it is linted is not recorded. Standard input is gone after one run and is
// not cached. --host-specific turns the cache off (the host can change between runs without the
// bundle changing).
//
// The file is ocilint's own, in the working directory by default. A file of that name that is
// not an ocilint cache is never overwritten: the run stops (CacheFileError). Entries of bundles
// that no longer exist are dropped when the file is written. ocilint never writes into a bundle
// it reads: when the default location lies inside a linted bundle directory (a run from inside
// one), the file is not written unless --cache-location names it.

import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TOOL_VERSION } from '../core/meta.js';
import { ArchiveBundleSource } from '../bundle/archive-source.js';
import { DirBundleSource } from '../bundle/dir-source.js';
import { MAX_FILE_READ, Rootfs, type EntryStat, type RawTree } from '../bundle/rootfs.js';
import type { BundleSource, RootStatus } from '../bundle/source.js';
import { DEFAULT_MAX_CONFIG_SIZE, type FileResult, type LintOptions } from './lint.js';
import { CACHE_FILE, CacheFileError, NotReadableError, errnoOf, isDir, readRegularFile, shownPath, writeReplacing } from './files.js';
import { isObject } from '../rules/api.js';

const FORMAT = 'ocilint-cache/1';
/** Largest cache file read: some 50,000 bundles' results, short of exhausting memory. */
const MAX_BYTES = 256 * 1024 * 1024;

declare const __OCILINT_BUILD__: string | undefined;

/**
 * What ocilint's code is: a hash of the compiled sources, put into the bundled CLI by the build
 * (scripts/bundle.mjs). Run from the compiled modules instead (tests, a library caller of
 * dist/src), the version and when this module was compiled.
 */
function buildId(): string {
  if (typeof __OCILINT_BUILD__ === 'string') return __OCILINT_BUILD__;
  let compiled = 0;
  try {
    compiled = fs.statSync(fileURLToPath(import.meta.url)).mtimeMs;
  } catch {
    // not a file (bundled without the define): the version alone
  }
  return `${TOOL_VERSION}+${compiled}`;
}

/** One recorded lookup in the rootfs and its answer. */
type Lookup =
  | ['lstat', string, EntryStat | null]
  | ['readlink', string, string | null]
  | ['readFile', string, number, string | null]
  | ['readdir', string, string[] | null];

interface Entry {
  /** The config and bundle as reports name them (they depend on the working directory). */
  config: string;
  bundle: string;
  /** SHA-256 of config.json. */
  bytes: string;
  /** The options, see optionsKey. */
  options: string;
  /** root.path as inspected, what it was, and whether a rootfs view was opened on it. */
  roots: [string, RootStatus, boolean][];
  lookups: Lookup[];
  result: FileResult;
}

interface CacheFile {
  format: typeof FORMAT;
  build: string;
  entries: Record<string, Entry>;
}

const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

export class LintCache {
  private readonly entries: Map<string, Entry>;
  /** Entries looked up or stored by this run: the rest are checked for existence on save. */
  private readonly touched = new Set<string>();
  private changed: boolean;
  private readonly build = buildId();
  private readonly optionKeys = new WeakMap<object, string>();
  /** Something the run should be told about the file (it was damaged and is started again). */
  notice: string | undefined;
  /** The directories of the bundles this run linted. */
  private readonly bundleDirs = new Set<string>();

  private constructor(
    /** Absolute path of the cache file. */
    readonly file: string,
    /** How messages name it. */
    readonly shown: string,
    text: string | undefined,
    /** Whether the caller named the file (then it is written wherever it is). */
    private readonly named: boolean,
  ) {
    this.entries = new Map();
    this.changed = false;
    // No file, or an empty one (touched, or truncated): nothing to lose by writing it.
    if (text === undefined || text.trim() === '') return;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
    if (!isObject(data) || data['format'] !== FORMAT) {
      throw new CacheFileError(`${shown} exists and is not an ocilint cache; remove it or choose another file with --cache-location`);
    }
    // Another build's results are not this build's: start again.
    this.changed = true;
    if (data['build'] !== this.build) return;
    if (!isCacheFile(data)) {
      this.notice = `${shown}: the cache file is damaged; starting a new one`;
      return;
    }
    this.changed = false;
    for (const [k, e] of Object.entries(data.entries)) this.entries.set(k, e);
  }

  /**
   * Opens the cache file (`file`, relative to cwd; default CACHE_FILE), or an empty cache when
   * there is none. Throws CacheFileError.
   */
  static open(file: string | undefined, cwd: string): LintCache {
    let abs = path.resolve(cwd, file ?? CACHE_FILE);
    // A directory (existing, or written with a trailing separator) holds the file, as ESLint's does.
    if (file !== undefined && (/[\\/]$/.test(file) || isDir(abs))) abs = path.join(abs, CACHE_FILE);
    const shown = shownPath(abs, cwd);
    let text: string | undefined;
    try {
      text = readRegularFile(abs, MAX_BYTES, 'the cache file');
    } catch (e) {
      if (e instanceof NotReadableError) throw new CacheFileError(`${shown}: ${e.message}`);
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new CacheFileError(`${shown}: cannot read the cache file (${errnoOf(e)})`);
    }
    return new LintCache(abs, shown, text, file !== undefined);
  }

  /**
   * The result for `source`: the recorded one when every input is as recorded, else what
   * `lintSource` gives (which is then recorded). Sources of other kinds pass straight through.
   */
  async lint(source: BundleSource, opts: LintOptions, lintSource: (s: BundleSource) => Promise<FileResult>): Promise<FileResult> {
    if (opts.host !== undefined) return lintSource(source);
    if (source instanceof ArchiveBundleSource && source.file !== undefined) return this.lintArchive(source, source.file, opts, lintSource);
    if (!(source instanceof DirBundleSource)) return lintSource(source);
    const key = path.resolve(source.configPath);
    this.touched.add(key);
    this.bundleDirs.add(source.hostDir);
    let bytes: Uint8Array;
    try {
      bytes = await source.readConfig(opts.maxConfigSize ?? DEFAULT_MAX_CONFIG_SIZE);
    } catch {
      // Unreadable or too large: linting says so, and there is nothing to record.
      return lintSource(source);
    }
    const hash = sha256(bytes);
    const options = this.optionsKey(opts);
    const entry = this.entries.get(key);
    if (entry && entry.bytes === hash && entry.options === options && entry.config === source.configPath && entry.bundle === source.bundlePath && unchanged(source, entry)) {
      return entry.result;
    }
    const recording = new RecordingSource(source, bytes);
    const result = await lintSource(recording);
    // Results are shared with the caller, not copied: lint() writes the file before it returns
    // them, so what a caller does with them later (bulk suppressions move findings) never reaches it.
    this.entries.set(key, { config: source.configPath, bundle: source.bundlePath, bytes: hash, options, roots: recording.roots, lookups: recording.lookups, result });
    this.changed = true;
    return result;
  }

  /** An archive: the recorded result when its bytes and the options are as recorded. */
  private async lintArchive(source: ArchiveBundleSource, file: string, opts: LintOptions, lintSource: (s: BundleSource) => Promise<FileResult>): Promise<FileResult> {
    const key = path.resolve(file);
    this.touched.add(key);
    const before = digest(file);
    // Not a regular file, or unreadable: linting says what is wrong with it.
    if (!before) return lintSource(source);
    const options = this.optionsKey(opts);
    const entry = this.entries.get(key);
    if (entry && entry.bytes === before.hash && entry.options === options && entry.bundle === source.bundlePath) return entry.result;
    const result = await lintSource(source);
    const after = statSame(file, before);
    if (after) {
      this.entries.set(key, { config: source.bundlePath, bundle: source.bundlePath, bytes: before.hash, options, roots: [], lookups: [], result });
      this.changed = true;
    }
    return result;
  }

  /**
   * Writes the file when this run changed it. Entries of config files that are gone are
   * dropped. Returns a message when the file could not be written (the run's results stand).
   */
  save(): string | undefined {
    for (const key of this.entries.keys()) {
      if (this.touched.has(key)) continue;
      if (!fs.existsSync(key)) {
        this.entries.delete(key);
        this.changed = true;
      }
    }
    if (!this.changed) return undefined;
    if (!this.named) {
      const dir = path.dirname(this.file);
      for (const b of this.bundleDirs) {
        if (dir === b || dir.startsWith(b + path.sep)) return `${this.shown} was not written: it would be inside the bundle ${b}, and ocilint writes into a bundle only when told to (--cache-location)`;
      }
    }
    const data: CacheFile = { format: FORMAT, build: this.build, entries: Object.fromEntries(this.entries) };
    try {
      writeReplacing(this.file, JSON.stringify(data));
    } catch (e) {
      return `${this.shown}: cannot write the cache file (${errnoOf(e)}); results were not cached`;
    }
    this.changed = false;
    return undefined;
  }

  /** The options a result depends on, as one string; rule settings are hashed once per run. */
  private optionsKey(opts: LintOptions): string {
    let settings = this.optionKeys.get(opts.settings);
    if (settings === undefined) {
      settings = sha256(JSON.stringify([...opts.settings]));
      this.optionKeys.set(opts.settings, settings);
    }
    return JSON.stringify([
      settings,
      opts.rules.length,
      opts.configOnly ?? null,
      opts.specVersion ?? null,
      opts.maxConfigSize ?? null,
      opts.targets ?? null,
      opts.inlineSuppressions ?? null,
      opts.ignores ?? null,
      opts.unsuppressible ?? null,
    ]);
  }
}

interface Digest {
  hash: string;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

/** SHA-256 of a regular file's bytes, read without blocking on a FIFO; undefined for anything else. */
function digest(file: string): Digest | undefined {
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
function statSame(file: string, d: Digest): boolean {
  try {
    const st = fs.statSync(file);
    return st.size === d.size && st.mtimeMs === d.mtimeMs && st.ctimeMs === d.ctimeMs;
  } catch {
    return false;
  }
}

/** Whether root.path and every rootfs lookup still give the recorded answers. */
function unchanged(source: DirBundleSource, entry: Entry): boolean {
  for (const [rootPath, status, opened] of entry.roots) {
    if (JSON.stringify(source.inspectRoot(rootPath)) !== JSON.stringify(status)) return false;
    if (!opened) continue;
    const rootfs = source.openRootfs(rootPath);
    if (!rootfs) return false;
    if (!entry.lookups.every((l) => sameAnswer(rootfs.raw, l))) return false;
  }
  return true;
}

function sameAnswer(tree: RawTree, l: Lookup): boolean {
  switch (l[0]) {
    case 'lstat':
      return JSON.stringify(statOf(tree.lstat(l[1]))) === JSON.stringify(l[2]);
    case 'readlink':
      return (tree.readlink(l[1]) ?? null) === l[2];
    case 'readFile': {
      const data = tree.readFile(l[1], l[2]);
      return (data ? sha256(data) : null) === l[3];
    }
    case 'readdir':
      return JSON.stringify(tree.readdir(l[1]) ?? null) === JSON.stringify(l[2]);
  }
}

function statOf(s: EntryStat | undefined): EntryStat | null {
  return s ? { type: s.type, mode: s.mode, size: s.size, uid: s.uid, gid: s.gid } : null;
}

/** A bundle directory whose config bytes are already read, recording what linting asks of it. */
class RecordingSource implements BundleSource {
  readonly hasFilesystem = true;
  readonly roots: [string, RootStatus, boolean][] = [];
  readonly lookups: Lookup[] = [];

  constructor(
    private readonly inner: DirBundleSource,
    private readonly bytes: Uint8Array,
  ) {}

  get configPath(): string {
    return this.inner.configPath;
  }
  get bundlePath(): string {
    return this.inner.bundlePath;
  }
  get hostDir(): string {
    return this.inner.hostDir;
  }
  get dirEntries(): ReadonlySet<string> | undefined {
    return this.inner.dirEntries;
  }

  readConfig(): Promise<Uint8Array> {
    return Promise.resolve(this.bytes);
  }

  inspectRoot(rootPath: string): RootStatus {
    const status = this.inner.inspectRoot(rootPath);
    if (!this.roots.some(([p]) => p === rootPath)) this.roots.push([rootPath, status, false]);
    return status;
  }

  openRootfs(rootPath: string): Rootfs | undefined {
    this.inspectRoot(rootPath);
    const rootfs = this.inner.openRootfs(rootPath);
    if (!rootfs) return undefined;
    this.roots.find(([p]) => p === rootPath)![2] = true;
    return new Rootfs(new RecordingTree(rootfs.raw, this.lookups));
  }

  close(): void {
    this.inner.close();
  }
}

/** A RawTree that notes each distinct question and its answer. */
class RecordingTree implements RawTree {
  private readonly asked = new Set<string>();

  constructor(
    private readonly inner: RawTree,
    private readonly lookups: Lookup[],
  ) {}

  private first(key: string): boolean {
    if (this.asked.has(key)) return false;
    this.asked.add(key);
    return true;
  }

  lstat(rel: string): EntryStat | undefined {
    const s = this.inner.lstat(rel);
    if (this.first(`l\0${rel}`)) this.lookups.push(['lstat', rel, statOf(s)]);
    return s;
  }

  readlink(rel: string): string | undefined {
    const t = this.inner.readlink(rel);
    if (this.first(`r\0${rel}`)) this.lookups.push(['readlink', rel, t ?? null]);
    return t;
  }

  readFile(rel: string, limit: number): Uint8Array | undefined {
    const data = this.inner.readFile(rel, limit);
    if (this.first(`f\0${limit}\0${rel}`)) this.lookups.push(['readFile', rel, limit, data ? sha256(data) : null]);
    return data;
  }

  readdir(rel: string): string[] | undefined {
    const names = this.inner.readdir(rel);
    if (this.first(`d\0${rel}`)) this.lookups.push(['readdir', rel, names ? [...names] : null]);
    return names;
  }
}

// ---- the file's shape: checked on load, so that a damaged file never reaches a formatter ----

const isStr = (v: unknown): v is string => typeof v === 'string';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function isCacheFile(v: unknown): v is CacheFile {
  return isObject(v) && v['format'] === FORMAT && isStr(v['build']) && isObject(v['entries']) && Object.values(v['entries']).every(isEntry);
}

function isEntry(v: unknown): v is Entry {
  if (!isObject(v) || !isStr(v['config']) || !isStr(v['bundle']) || !isStr(v['bytes']) || !isStr(v['options'])) return false;
  const roots = v['roots'];
  const lookups = v['lookups'];
  return (
    Array.isArray(roots) &&
    roots.every((r) => Array.isArray(r) && r.length === 3 && isStr(r[0]) && isObject(r[1]) && isStr(r[1]['kind']) && typeof r[2] === 'boolean') &&
    Array.isArray(lookups) &&
    lookups.every(isLookup) &&
    isResult(v['result'])
  );
}

/** A recorded lookup; a file read's limit is bounded, since a replay allocates that much. */
function isLookup(l: unknown): boolean {
  if (!Array.isArray(l) || !isStr(l[1])) return false;
  switch (l[0]) {
    case 'lstat':
      return l.length === 3 && (l[2] === null || (isObject(l[2]) && isStr(l[2]['type']) && isNum(l[2]['mode']) && isNum(l[2]['size']) && isNum(l[2]['uid']) && isNum(l[2]['gid'])));
    case 'readlink':
      return l.length === 3 && (l[2] === null || isStr(l[2]));
    case 'readFile':
      return l.length === 4 && Number.isInteger(l[2]) && l[2] >= 0 && l[2] <= MAX_FILE_READ && (l[3] === null || isStr(l[3]));
    case 'readdir':
      return l.length === 3 && (l[2] === null || (Array.isArray(l[2]) && l[2].every(isStr)));
    default:
      return false;
  }
}

const SEVERITIES = new Set(['error', 'warning', 'info']);

function isResult(v: unknown): v is FileResult {
  return (
    isObject(v) &&
    isStr(v['filePath']) &&
    isStr(v['bundlePath']) &&
    (v['specVersion'] === undefined || isStr(v['specVersion'])) &&
    typeof v['rootfsChecked'] === 'boolean' &&
    isNum(v['errorCount']) &&
    isNum(v['warningCount']) &&
    isNum(v['infoCount']) &&
    Array.isArray(v['diagnostics']) &&
    v['diagnostics'].every((d) => isDiagnostic(d)) &&
    Array.isArray(v['suppressed']) &&
    v['suppressed'].every((d) => isDiagnostic(d) && Array.isArray(d['suppressions']) && d['suppressions'].every((s) => isObject(s) && isStr(s['kind']) && isStr(s['justification']) && isStr(s['source'])))
  );
}

function isDiagnostic(d: unknown): d is Record<string, unknown> {
  return (
    isObject(d) &&
    isStr(d['ruleId']) &&
    isStr(d['messageId']) &&
    isStr(d['message']) &&
    SEVERITIES.has(d['severity'] as string) &&
    isLocation(d['location']) &&
    (d['related'] === undefined || (Array.isArray(d['related']) && d['related'].every((r) => isObject(r) && isStr(r['message']) && isLocation(r['location']))))
  );
}

function isLocation(l: unknown): boolean {
  if (!isObject(l)) return false;
  const range = l['range'];
  const rangeOk = range === undefined || (isObject(range) && isPosition(range['start']) && isPosition(range['end']));
  switch (l['kind']) {
    case 'config':
      return isStr(l['pointer']) && range !== undefined && rangeOk;
    case 'rootfs':
      return isStr(l['path']) && (l['pointer'] === undefined || isStr(l['pointer'])) && rangeOk;
    case 'bundle':
      return rangeOk;
    default:
      return false;
  }
}

function isPosition(p: unknown): boolean {
  return isObject(p) && isNum(p['line']) && isNum(p['column']) && isNum(p['offset']);
}
