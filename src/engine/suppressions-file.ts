// The suppressions file on disk (see bulk.ts for what it records and how counts apply): find and
// read it, update it when asked to, and apply it to a run's results. Library callers and the
// command line share this; the file is written only when `record` or `prune` asks, and only when
// its text changes.

import * as path from 'node:path';
import type { FileResult } from './lint.js';
import { NotReadableError, errnoOf, readRegularFile, shownPath, writeProblem, writeReplacing } from '../bundle/files.js';
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
  /** Renamed rule ids (old -> new): the file's counts under an old id count for the new one. */
  renamedRules?: Readonly<Record<string, string>>;
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
  /** Old rule ids the file records under (its next write uses the new ones). */
  renamed: { file: string; id: string; now: string }[];
}

/**
 * Applies the suppressions file to `results`: findings it covers move to each result's
 * `suppressed` (kind "bulk") and the counts are redone. Mutates `results`. Throws
 * SuppressionsFileError for a file that cannot be read, parsed or written.
 */
export function applySuppressionsFile(results: FileResult[], options: SuppressionsFileOptions = {}): SuppressionsFileOutcome {
  const cwd = options.cwd ?? process.cwd();
  const file = path.resolve(cwd, options.file ?? SUPPRESSIONS_FILE);
  const shown = shownPath(file, cwd);
  const writing = options.record !== undefined || options.prune === true;
  let text: string | undefined;
  try {
    text = readRegularFile(file, MAX_BYTES, 'the suppressions file');
  } catch (e) {
    if (e instanceof NotReadableError) throw new SuppressionsFileError(`${shown}: ${e.message}`);
    const code = (e as NodeJS.ErrnoException).code;
    // The default file is optional; one named by the caller is expected to be there.
    if (code !== 'ENOENT' || (options.file !== undefined && !writing)) {
      throw new SuppressionsFileError(`${shown}: cannot read the suppressions file: ${code === 'ENOENT' ? 'no such file' : errnoOf(e)}`);
    }
  }
  const outcome: SuppressionsFileOutcome = { file: shown, written: false, stale: [], exceeded: [], renamed: [] };
  if (text === undefined && !writing) return outcome;
  let counts: BulkCounts = text === undefined ? new Map() : parseBulkFile(text, shown, options.renamedRules, (f, id, now) => outcome.renamed.push({ file: f, id, now }));
  const keyOf = (r: FileResult): string => bulkKey(r.filePath, path.dirname(file), cwd);
  if (writing) {
    const record = options.record === undefined ? undefined : options.record === 'all' ? 'all' : new Set(options.record);
    counts = updateBulk(counts, results, keyOf, { ...(record && { record }), prune: options.prune === true });
    const next = serializeBulk(counts);
    // Nothing to record and no file yet: no empty file.
    if (next !== text && !(text === undefined && counts.size === 0)) {
      try {
        writeReplacing(file, next);
      } catch (e) {
        throw new SuppressionsFileError(`${shown}: cannot write the suppressions file: ${writeProblem(file, e)}`);
      }
      outcome.written = true;
    }
  }
  return { ...outcome, ...applyBulk(results, counts, keyOf, shown) };
}

/** Largest suppressions file read: far beyond any real one, short of exhausting memory. */
const MAX_BYTES = 64 * 1024 * 1024;
