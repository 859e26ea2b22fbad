// The result cache (--cache): a bundle whose inputs have not changed since the last run gets that
// run's result without being parsed, validated or checked again.
//
// What a result depends on is recorded while the bundle is linted, not guessed:
// - the bytes of config.json (a SHA-256);
// - the options it was linted with, as engine/options.ts declares them (CACHE_KEY), and
//   ocilint's own build;
// - what root.path was found to be, and every lookup the rules made in the rootfs, with its
//   answer (bundle/recording.ts).
// A later run reads config.json, then asks the same questions of the same tree; only when every
// answer is the same is the recorded result used.
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

import { createHash } from '../core/hash.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TOOL_VERSION } from '../core/meta.js';
import type { Diagnostic, Fix, Location, Position, Range, Related, SuppressedDiagnostic, Suppression, TextEdit } from '../core/types.js';
import { SPEC_VERSIONS } from '../core/versions.js';
import { array, boolean, integer, literal, nullValue, number, object, optional, record, string, tuple, union, type Guard } from '../core/guard.js';
import { ArchiveBundleSource } from '../bundle/archive-source.js';
import { DirBundleSource } from '../bundle/dir-source.js';
import { MAX_FILE_READ, type EntryStat, type FileType } from '../bundle/rootfs.js';
import type { BundleSource, RootStatus } from '../bundle/source.js';
import { RecordingSource, unchanged, type Lookup, type RecordedRoot } from '../bundle/recording.js';
import { NotReadableError, digest, errnoOf, exists, isDir, readRegularFile, shownPath, unchangedSince, writeProblem, writeReplacing } from '../bundle/files.js';
import { DEFAULT_MAX_CONFIG_SIZE, type FileResult, type FixSummary } from './lint.js';
import { CACHE_KEY, type BundleOptions } from './options.js';
import { CACHE_FILE, CacheFileError } from './cache-file.js';

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

interface Entry {
  /** The config and bundle as reports name them (they depend on the working directory). */
  config: string;
  bundle: string;
  /** SHA-256 of config.json (of the whole archive, for an archive). */
  bytes: string;
  /** The options, see optionsKey. */
  options: string;
  roots: RecordedRoot[];
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
  /** Hashes of the options whose CACHE_KEY is 'hash', by object, so that a run hashes each once. */
  private readonly hashes = new WeakMap<object, string>();
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
    if (!isOurs(data)) {
      throw new CacheFileError(`${shown} exists and is not an ocilint cache; remove it or choose another file with --cache-location`);
    }
    // Another build's results are not this build's: start again.
    this.changed = true;
    if (data.build !== this.build) return;
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
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new CacheFileError(`${shown}: cannot read the cache file: ${errnoOf(e)}`);
    }
    return new LintCache(abs, shown, text, file !== undefined);
  }

  /**
   * The result for `source`: the recorded one when every input is as recorded, else what
   * `lintSource` gives (which is then recorded). Sources of other kinds pass straight through.
   */
  async lint(source: BundleSource, opts: BundleOptions, lintSource: (s: BundleSource) => Promise<FileResult>): Promise<FileResult> {
    const options = this.optionsKey(opts);
    if (options === undefined) return lintSource(source);
    if (source instanceof ArchiveBundleSource && source.file !== undefined) return this.lintArchive(source, source.file, options, lintSource);
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
  private async lintArchive(source: ArchiveBundleSource, file: string, options: string, lintSource: (s: BundleSource) => Promise<FileResult>): Promise<FileResult> {
    const key = path.resolve(file);
    this.touched.add(key);
    const before = digest(file);
    // Not a regular file, or unreadable: linting says what is wrong with it.
    if (!before) return lintSource(source);
    const entry = this.entries.get(key);
    if (entry && entry.bytes === before.hash && entry.options === options && entry.bundle === source.bundlePath) return entry.result;
    const result = await lintSource(source);
    // An archive that changed while it was linted is not recorded, nor a container image archive,
    // whose result also depends on --image-ref, --platform and the --bundle-template file.
    if (unchangedSince(file, before) && source.image === undefined && source.findings === undefined) {
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
      if (!exists(key)) {
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
      return `${this.shown}: cannot write the cache file: ${writeProblem(this.file, e)}; results were not cached`;
    }
    this.changed = false;
    return undefined;
  }

  /** The options a result depends on, as one string, built from CACHE_KEY; undefined when a run with them is not cached. */
  private optionsKey(opts: BundleOptions): string | undefined {
    const parts: unknown[] = [];
    for (const name of Object.keys(CACHE_KEY) as (keyof BundleOptions)[]) {
      const how = CACHE_KEY[name];
      const value = opts[name];
      if (how === 'none') continue;
      if (how === 'uncached') {
        if (value !== undefined) return undefined;
        continue;
      }
      if (how === 'ids') parts.push((value as BundleOptions['rules']).map((r) => r.meta.id));
      else if (how === 'hash') parts.push(this.hashOf(value as object));
      else parts.push(value ?? null);
    }
    return JSON.stringify(parts);
  }

  private hashOf(value: object): string {
    let h = this.hashes.get(value);
    if (h === undefined) {
      h = sha256(JSON.stringify(value instanceof Map ? [...value] : value));
      this.hashes.set(value, h);
    }
    return h;
  }
}

// ---- the file's shape: checked on load, so that a damaged file never reaches a formatter ----

const isOurs = object<{ format: typeof FORMAT; build: string }>({ format: literal(FORMAT), build: string });

const fileType: Guard<FileType> = literal('file', 'dir', 'symlink', 'fifo', 'socket', 'char', 'block', 'unknown');
const entryStat: Guard<EntryStat> = object<EntryStat>({ type: fileType, mode: number, size: number, uid: number, gid: number });

const rootStatus: Guard<RootStatus> = union(
  object<Extract<RootStatus, { kind: 'dir' }>>({ kind: literal('dir') }),
  object<Extract<RootStatus, { kind: 'symlink' }>>({ kind: literal('symlink'), target: string, resolved: union(fileType, literal('missing', 'outside')) }),
  object<Extract<RootStatus, { kind: 'missing' }>>({ kind: literal('missing'), at: string }),
  object<Extract<RootStatus, { kind: 'not-dir' }>>({ kind: literal('not-dir'), type: fileType }),
  object<Extract<RootStatus, { kind: 'outside' }>>({ kind: literal('outside'), resolvedPath: string }),
);

/** A recorded lookup; a file read's limit is bounded, since a replay allocates that much. */
const lookup: Guard<Lookup> = union(
  tuple<['lstat', string, EntryStat | null]>(literal('lstat'), string, union(entryStat, nullValue)),
  tuple<['readlink', string, string | null]>(literal('readlink'), string, union(string, nullValue)),
  tuple<['readFile', string, number, string | null]>(literal('readFile'), string, integer(0, MAX_FILE_READ), union(string, nullValue)),
  tuple<['readdir', string, string[] | null]>(literal('readdir'), string, union(array(string), nullValue)),
);

const position = object<Position>({ line: number, column: number, offset: number });
const range = object<Range>({ start: position, end: position });
const location: Guard<Location> = union(
  object<Extract<Location, { kind: 'config' }>>({ kind: literal('config'), pointer: string, range }),
  object<Extract<Location, { kind: 'rootfs' }>>({ kind: literal('rootfs'), path: string, range: optional(range), pointer: optional(string) }),
  object<Extract<Location, { kind: 'bundle' }>>({ kind: literal('bundle'), range: optional(range) }),
);
const related = object<Related>({ message: string, location });
const fix = object<Fix>({ title: string, edits: array(object<TextEdit>({ range, text: string })) });
const diagnosticFields = {
  ruleId: string,
  messageId: string,
  message: string,
  detail: optional(string),
  help: optional(string),
  severity: literal('error', 'warning', 'info'),
  location,
  related: optional(array(related)),
  fix: optional(fix),
  suggestions: optional(array(fix)),
};
const diagnostic = object<Diagnostic>(diagnosticFields);
const suppression = object<Suppression>({ kind: literal('inline', 'config', 'bulk'), justification: string, source: string });
const suppressed = object<SuppressedDiagnostic>({ ...diagnosticFields, suppressions: array(suppression) });

const fileResult = object<FileResult>({
  filePath: string,
  bundlePath: string,
  specVersion: optional(literal(...SPEC_VERSIONS)),
  rootfsChecked: boolean,
  diagnostics: array(diagnostic),
  suppressed: array(suppressed),
  errorCount: number,
  warningCount: number,
  infoCount: number,
  // Never written to the cache (run.ts adds it to a copy), but part of the type.
  configText: optional(string),
  fixes: optional(object<FixSummary>({ input: string, output: string, applied: number, passes: number, problem: optional(string) })),
});

const entry = object<Entry>({
  config: string,
  bundle: string,
  bytes: string,
  options: string,
  roots: array(tuple<RecordedRoot>(string, rootStatus, boolean)),
  lookups: array(lookup),
  result: fileResult,
});

const isCacheFile = object<CacheFile>({ format: literal(FORMAT), build: string, entries: record(entry) });
