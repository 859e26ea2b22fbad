// The suppressions file on disk (see bulk.ts for what it records and how counts apply): find and
// read it, update it when asked to, and apply it to a run's results. Library callers and the
// command line share this; the file is written only when `record` or `prune` asks, and only when
// its text changes.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FileResult } from './lint.js';
import { SuppressionsFileError, SUPPRESSIONS_FILE, applyBulk, bulkKey, parseBulkFile, serializeBulk, updateBulk, type BulkCounts, type SuppressionMismatch } from './bulk.js';

export interface SuppressionsFileOptions {
  /** The file, relative to `cwd`; default ocilint-suppressions.json. A file named here must exist unless it is being written. */
  file?: string;
  /** Base for `file` and for the results' paths (default process.cwd()). */
  cwd?: string;
  /** Record the findings of these rules ('all': every rule) before applying the file. */
  record?: 'all' | readonly string[];
  /** Lower the counts to what the results hold, dropping those at 0, before applying the file. */
  prune?: boolean;
}

export interface SuppressionsFileOutcome {
  /** How messages name the file (relative to cwd when below it). */
  file: string;
  /** Whether the file was written. */
  written: boolean;
  /** Counts above what the results hold (to prune; they would hide that many new findings). */
  stale: SuppressionMismatch[];
  /** Rules with more findings in a file than recorded: all of them stay reported. */
  exceeded: SuppressionMismatch[];
}

/**
 * Applies the suppressions file to `results`: findings it covers move to each result's
 * `suppressed` (kind "bulk") and the counts are redone. Mutates `results`. Throws
 * SuppressionsFileError for a file that cannot be read, parsed or written.
 */
export function applySuppressionsFile(results: FileResult[], options: SuppressionsFileOptions = {}): SuppressionsFileOutcome {
  const cwd = options.cwd ?? process.cwd();
  const file = path.resolve(cwd, options.file ?? SUPPRESSIONS_FILE);
  const shown = display(file, cwd);
  const writing = options.record !== undefined || options.prune === true;
  let text: string | undefined;
  try {
    text = readRegularFile(file);
  } catch (e) {
    if (e instanceof SuppressionsFileError) throw new SuppressionsFileError(`${shown}: ${e.message}`);
    const code = (e as NodeJS.ErrnoException).code;
    // The default file is optional; one named by the caller is expected to be there.
    if (code !== 'ENOENT' || (options.file !== undefined && !writing)) {
      throw new SuppressionsFileError(`${shown}: cannot read the suppressions file (${code === 'ENOENT' ? 'no such file' : (code ?? String(e))})`);
    }
  }
  const outcome: SuppressionsFileOutcome = { file: shown, written: false, stale: [], exceeded: [] };
  if (text === undefined && !writing) return outcome;
  let counts: BulkCounts = text === undefined ? new Map() : parseBulkFile(text, shown);
  const keyOf = (r: FileResult): string => bulkKey(r.filePath, path.dirname(file), cwd);
  if (writing) {
    const record = options.record === undefined ? undefined : options.record === 'all' ? 'all' : new Set(options.record);
    counts = updateBulk(counts, results, keyOf, { ...(record && { record }), prune: options.prune === true });
    const next = serializeBulk(counts);
    // Nothing to record and no file yet: no empty file.
    if (next !== text && !(text === undefined && counts.size === 0)) {
      writeReplacing(file, next, shown);
      outcome.written = true;
    }
  }
  return { ...outcome, ...applyBulk(results, counts, keyOf, shown) };
}

/**
 * Writes a new file beside the old and renames it over: a run stopped half-way leaves the old
 * file whole, and a symlink of that name is replaced, never written through to where it leads.
 */
function writeReplacing(file: string, text: string, shown: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  let made = false;
  try {
    // 'wx': a file of that name that is not ours is neither written nor, below, removed.
    fs.writeFileSync(tmp, text, { flag: 'wx' });
    made = true;
    fs.renameSync(tmp, file);
  } catch (e) {
    if (made) fs.rmSync(tmp, { force: true });
    throw new SuppressionsFileError(`${shown}: cannot write the suppressions file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}

/** Largest suppressions file read: far beyond any real one, short of exhausting memory. */
const MAX_BYTES = 64 * 1024 * 1024;

/**
 * The file's text, when it is a regular file of at most MAX_BYTES: the file is found in the
 * working directory without being asked for, so a FIFO of that name must not hang the run
 * (O_NONBLOCK) nor a device feed it forever.
 */
function readRegularFile(file: string): string {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw new SuppressionsFileError('the suppressions file is not a regular file');
    if (st.size > MAX_BYTES) throw new SuppressionsFileError(`the suppressions file is ${st.size} bytes, over the ${MAX_BYTES}-byte limit`);
    return fs.readFileSync(fd, 'utf8');
  } finally {
    fs.closeSync(fd);
  }
}

function display(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel;
}
