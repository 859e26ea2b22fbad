// The command line's side of bulk suppressions: its flags, and what it says about the outcome.
// Reading, updating and applying the file is the library's (src/engine/suppressions-file.ts).

import type { RuleMeta } from '../core/types.js';
import { didYouMean, renamedWarning, suggestions } from '../core/suggest.js';
import { RENAMED_RULES } from '../rules/all.js';
import type { FileResult } from '../engine/lint.js';
import type { SuppressionMismatch } from '../engine/bulk.js';
import { applySuppressionsFile } from '../engine/suppressions-file.js';
import type { CliArgs } from './options.js';

type BulkArgs = Pick<CliArgs, 'suppressAll' | 'suppressRule' | 'pruneSuppressions' | 'suppressionsLocation' | 'passOnUnprunedSuppressions'>;

/** Checks the flags before any work: a misspelt rule id is a usage error, as with --rule. */
export function checkBulkArgs(args: BulkArgs, metas: ReadonlyMap<string, RuleMeta>): string | undefined {
  if (args.suppressAll && args.suppressRule.length > 0) return '--suppress-all records every rule already; drop --suppress-rule';
  for (const id of args.suppressRule) {
    if (metas.has(id)) continue;
    return `--suppress-rule "${id}": no rule "${id}"${didYouMean(suggestions(id, [...metas.keys()]))} (see --list-rules)`;
  }
  return undefined;
}

/**
 * Applies the suppressions file to `results` (after updating it when a flag asks), warns about
 * exceeded counts, and returns the message for exit status 2 when the file records findings that
 * no longer occur, unless --pass-on-unpruned-suppressions.
 */
export function bulkSuppress(args: BulkArgs, cwd: string, results: FileResult[], warn: (m: string) => void): string | undefined {
  const { file, stale, exceeded, renamed } = applySuppressionsFile(results, {
    cwd,
    renamedRules: RENAMED_RULES,
    ...(args.suppressionsLocation !== undefined && { file: args.suppressionsLocation }),
    ...(args.suppressAll ? { record: 'all' as const } : args.suppressRule.length > 0 ? { record: args.suppressRule } : {}),
    prune: args.pruneSuppressions,
  });
  for (const r of renamed) warn(renamedWarning(`${file}: "${r.file}"`, r.id, r.now));
  for (const m of exceeded) {
    warn(`${m.file} has ${m.found} findings of ${m.rule} where ${file} records ${m.recorded}: all ${m.found} are reported`);
  }
  if (stale.length === 0 || args.passOnUnprunedSuppressions) return undefined;
  return `${file} records findings that no longer occur (${list(stale)}); run with --prune-suppressions to update it, or pass --pass-on-unpruned-suppressions`;
}

function list(stale: readonly SuppressionMismatch[]): string {
  const shown = stale.slice(0, 5).map((m) => `${m.file}: ${m.rule}, ${m.recorded} recorded, ${m.found} found`);
  if (stale.length > 5) shown.push(`and ${stale.length - 5} more`);
  return shown.join('; ');
}
