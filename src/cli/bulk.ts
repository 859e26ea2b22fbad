// The command line's side of bulk suppressions (src/engine/bulk.ts): find and read the file, write
// it when asked to (--suppress-all, --suppress-rule, --prune-suppressions), apply it to the
// results, and say what no longer matches. The file is written only on those flags, and only when
// its text changes.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { RuleMeta } from '../core/types.js';
import { closest } from '../core/suggest.js';
import type { FileResult } from '../engine/lint.js';
import { BulkFileError, SUPPRESSIONS_FILE, applyBulk, bulkKey, parseBulkFile, serializeBulk, updateBulk, type BulkCounts, type BulkMismatch } from '../engine/bulk.js';
import type { CliArgs } from './options.js';

type BulkArgs = Pick<CliArgs, 'suppressAll' | 'suppressRule' | 'pruneSuppressions' | 'suppressionsLocation' | 'passOnUnprunedSuppressions'>;

/** Checks the flags before any work: a misspelt rule id is a usage error, as with --rule. */
export function checkBulkArgs(args: BulkArgs, metas: ReadonlyMap<string, RuleMeta>): string | undefined {
  if (args.suppressAll && args.suppressRule.length > 0) return '--suppress-all records every rule already; drop --suppress-rule';
  for (const id of args.suppressRule) {
    if (metas.has(id)) continue;
    const hint = closest(id, [...metas.keys()]);
    return `--suppress-rule "${id}": no rule "${id}"${hint ? `; did you mean "${hint}"?` : ''}`;
  }
  return undefined;
}

/**
 * Applies the suppressions file to `results` (after updating it when a flag asks). Returns the
 * message for exit status 2 when the file records findings that no longer occur, unless
 * --pass-on-unpruned-suppressions. Throws BulkFileError for a file that cannot be read, parsed
 * or written.
 */
export function bulkSuppress(args: BulkArgs, cwd: string, results: FileResult[], warn: (m: string) => void): string | undefined {
  const file = path.resolve(cwd, args.suppressionsLocation ?? SUPPRESSIONS_FILE);
  const shown = display(file, cwd);
  const writing = args.suppressAll || args.suppressRule.length > 0 || args.pruneSuppressions;
  let text: string | undefined;
  try {
    text = readRegularFile(file);
  } catch (e) {
    if (e instanceof BulkFileError) throw new BulkFileError(`${shown}: ${e.message}`);
    const code = (e as NodeJS.ErrnoException).code;
    // The default file is optional; one named on the command line is expected to be there.
    if (code !== 'ENOENT' || (args.suppressionsLocation !== undefined && !writing)) {
      throw new BulkFileError(`${shown}: cannot read the suppressions file (${code === 'ENOENT' ? 'no such file' : (code ?? String(e))})`);
    }
  }
  if (text === undefined && !writing) return undefined;
  let counts: BulkCounts = text === undefined ? new Map() : parseBulkFile(text, shown);
  const keyOf = (r: FileResult): string => bulkKey(r.filePath, path.dirname(file), cwd);
  if (writing) {
    counts = updateBulk(counts, results, keyOf, {
      ...((args.suppressAll || args.suppressRule.length > 0) && { record: args.suppressAll ? 'all' : new Set(args.suppressRule) }),
      prune: args.pruneSuppressions,
    });
    const next = serializeBulk(counts);
    // Nothing to record and no file yet: no empty file.
    if (next !== text && !(text === undefined && counts.size === 0)) {
      writeReplacing(file, next, shown);
    }
  }
  const { stale, exceeded } = applyBulk(results, counts, keyOf, shown);
  for (const m of exceeded) {
    warn(`${m.file} has ${m.found} findings of ${m.rule} where ${shown} records ${m.recorded}: all ${m.found} are reported`);
  }
  if (stale.length === 0 || args.passOnUnprunedSuppressions) return undefined;
  return `${shown} records findings that no longer occur (${list(stale)}); run with --prune-suppressions to update it, or pass --pass-on-unpruned-suppressions`;
}

/**
 * Writes a new file beside the old and renames it over: a run stopped half-way leaves the old
 * file whole, and a symlink of that name is replaced, never written through to where it leads.
 */
function writeReplacing(file: string, text: string, shown: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, text, { flag: 'wx' });
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw new BulkFileError(`${shown}: cannot write the suppressions file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
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
    if (!st.isFile()) throw new BulkFileError('the suppressions file is not a regular file');
    if (st.size > MAX_BYTES) throw new BulkFileError(`the suppressions file is ${st.size} bytes, over the ${MAX_BYTES}-byte limit`);
    return fs.readFileSync(fd, 'utf8');
  } finally {
    fs.closeSync(fd);
  }
}

function list(stale: readonly BulkMismatch[]): string {
  const shown = stale.slice(0, 5).map((m) => `${m.file}: ${m.rule}, ${m.recorded} recorded, ${m.found} found`);
  if (stale.length > 5) shown.push(`and ${stale.length - 5} more`);
  return shown.join('; ');
}

function display(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel;
}
