// Bulk suppressions: a file that records how many findings each rule has in each linted file, so
// that a team can turn a rule on today and fail only on findings that are new, working off the old
// ones at its own pace. The shape is ESLint's eslint-suppressions.json (eslint.org/docs/latest/use/
// suppressions), so people who know one know the other:
//
//   { "bundles/web/config.json": { "root-without-userns": { "count": 1 } } }
//
// A file's findings of a rule are suppressed together while there are no more of them than the
// count says. With more, every one of them is reported: which one is new cannot be told (JSON
// pointers shift when an array grows). With fewer, the count has gone stale and would hide that
// many new findings later, so the run says so until the file is pruned.
//
// Paths are relative to the directory holding the suppressions file, with '/' separators, so the
// file means the same from any working directory and on any system.

import * as path from 'node:path';
import type { Diagnostic, SuppressedDiagnostic } from '../core/types.js';
import { byPosition, tally, type FileResult } from './lint.js';
import internalError from '../rules/internal-error.js';

export const SUPPRESSIONS_FILE = 'ocilint-suppressions.json';

/** Linted file (relative path) → rule id → findings recorded. */
export type BulkCounts = Map<string, Map<string, number>>;

/** A suppressions file that cannot be used: names the file and the place. */
export class SuppressionsFileError extends Error {}

/** A rule whose findings in one file no longer match what the file records. */
export interface SuppressionMismatch {
  file: string;
  rule: string;
  recorded: number;
  found: number;
}

export interface BulkOutcome {
  /** Recorded counts above what the run found: to prune. */
  stale: SuppressionMismatch[];
  /** Findings beyond what is recorded: all of that rule's findings in the file were reported. */
  exceeded: SuppressionMismatch[];
}

/** Reads the file's text; `shown` is how messages name it. */
export function parseBulkFile(text: string, shown: string, renamed: Readonly<Record<string, string>> = {}, onRenamed?: (file: string, id: string, now: string) => void): BulkCounts {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new SuppressionsFileError(`${shown}: not valid JSON (${(e as Error).message})`);
  }
  if (!isPlainObject(raw)) throw new SuppressionsFileError(`${shown}: expected an object of files, got ${describe(raw)}`);
  const counts: BulkCounts = new Map();
  for (const [file, rules] of Object.entries(raw)) {
    if (!isPlainObject(rules)) throw new SuppressionsFileError(`${shown}: "${cut(file)}" must be an object of rule ids, got ${describe(rules)}`);
    const byRule = new Map<string, number>();
    for (const [rule, entry] of Object.entries(rules)) {
      const count = isPlainObject(entry) ? entry['count'] : undefined;
      const extra = isPlainObject(entry) ? Object.keys(entry).filter((k) => k !== 'count') : [];
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || extra.length > 0) {
        throw new SuppressionsFileError(`${shown}: "${cut(file)}" → "${cut(rule)}" must be { "count": N } with N a whole number of at least 1, got ${cut(JSON.stringify(entry) ?? describe(entry))}`);
      }
      // A renamed rule's old id counts for the new one.
      const now = Object.prototype.hasOwnProperty.call(renamed, rule) ? renamed[rule]! : rule;
      if (now !== rule) onRenamed?.(file, rule, now);
      byRule.set(now, (byRule.get(now) ?? 0) + count);
    }
    if (byRule.size > 0) counts.set(file, byRule);
  }
  return counts;
}

/** The file's text: keys sorted, so that a change shows as a small diff. */
export function serializeBulk(counts: BulkCounts): string {
  // Without prototypes: a file or rule named "__proto__" stays a key.
  const out = Object.create(null) as Record<string, Record<string, { count: number }>>;
  for (const file of [...counts.keys()].sort()) {
    const rules = counts.get(file)!;
    if (rules.size === 0) continue;
    const entry = Object.create(null) as Record<string, { count: number }>;
    for (const rule of [...rules.keys()].sort()) entry[rule] = { count: rules.get(rule)! };
    out[file] = entry;
  }
  return JSON.stringify(out, null, 2) + '\n';
}

/** How the suppressions file in `baseDir` names a linted file. */
export function bulkKey(filePath: string, baseDir: string, cwd: string): string {
  const rel = path.relative(baseDir, path.resolve(cwd, filePath));
  return rel.split(path.sep).join('/');
}

/** Findings per rule in one result (those not already suppressed; a rule that failed is never counted, so never covered). */
function countByRule(diagnostics: readonly Diagnostic[]): Map<string, number> {
  const by = new Map<string, number>();
  for (const d of diagnostics) if (d.ruleId !== internalError.meta.id) by.set(d.ruleId, (by.get(d.ruleId) ?? 0) + 1);
  return by;
}

/**
 * The counts after this run, for the files it linted (others keep their entries). `record` sets
 * the counts of the rules it names ('all': every rule) to what each file has now, dropping those
 * it no longer has; `prune` lowers every count above what the file has now, dropping those at 0.
 */
export function updateBulk(
  counts: BulkCounts,
  results: readonly FileResult[],
  keyOf: (r: FileResult) => string,
  opts: { record?: 'all' | ReadonlySet<string>; prune?: boolean },
): BulkCounts {
  const next: BulkCounts = new Map([...counts].map(([f, rules]) => [f, new Map(rules)]));
  for (const r of results) {
    const key = keyOf(r);
    const found = countByRule(r.diagnostics);
    const rules = next.get(key) ?? new Map<string, number>();
    for (const [rule, n] of rules) {
      const now = found.get(rule) ?? 0;
      const recording = opts.record === 'all' || opts.record?.has(rule) === true;
      if (now === 0 && (recording || opts.prune)) rules.delete(rule);
      else if (recording || (opts.prune && now < n)) rules.set(rule, now);
    }
    for (const [rule, n] of found) if (opts.record === 'all' || opts.record?.has(rule)) rules.set(rule, n);
    if (rules.size > 0) next.set(key, rules);
    else next.delete(key);
  }
  return next;
}

/**
 * Moves the findings the counts cover into each result's `suppressed` list and recounts the
 * result. Mutates `results`; says which counts are stale and which were exceeded.
 */
export function applyBulk(results: FileResult[], counts: BulkCounts, keyOf: (r: FileResult) => string, source: string): BulkOutcome {
  const outcome: BulkOutcome = { stale: [], exceeded: [] };
  if (counts.size === 0) return outcome;
  for (const r of results) {
    const key = keyOf(r);
    const recorded = counts.get(key);
    if (!recorded) continue;
    const found = countByRule(r.diagnostics);
    const covered = new Set<string>();
    for (const [rule, n] of recorded) {
      const now = found.get(rule) ?? 0;
      if (now > n) outcome.exceeded.push({ file: key, rule, recorded: n, found: now });
      else covered.add(rule);
      if (now < n) outcome.stale.push({ file: key, rule, recorded: n, found: now });
    }
    if (covered.size === 0) continue;
    const kept: Diagnostic[] = [];
    const moved: SuppressedDiagnostic[] = [];
    for (const d of r.diagnostics) {
      if (covered.has(d.ruleId)) moved.push({ ...d, suppressions: [{ kind: 'bulk', justification: `recorded in ${source}`, source }] });
      else kept.push(d);
    }
    if (moved.length === 0) continue;
    r.diagnostics = kept;
    r.suppressed = [...r.suppressed, ...moved].sort(byPosition);
    Object.assign(r, tally(kept));
  }
  return outcome;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `${typeof v} ${cut(JSON.stringify(v))}`;
}

/** A key or value from the file as a message quotes it: a 10 MB key makes a short message. */
function cut(s: string): string {
  return s.length <= 200 ? s : `${s.slice(0, 200)}… (${s.length} characters)`;
}
