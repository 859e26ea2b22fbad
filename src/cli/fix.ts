// --fix and --fix-dry-run on the command line. The engine fixes in memory (the fix option); here
// the fixed texts are written back (--fix), or shown as a unified diff, or for `-` printed whole
// (--fix-dry-run). The findings reported afterwards, and the exit status, are what remains.

import * as path from 'node:path';
import type { RuleMeta } from '../core/types.js';
import type { FileResult } from '../engine/lint.js';
import type { FixOptions } from '../engine/options.js';
import { ConfigWriteError, rewriteConfig } from '../bundle/write-config.js';
import { closest } from '../core/suggest.js';
import { escapeControls } from '../core/text.js';
import { unifiedDiff } from './diff.js';
import type { CliArgs } from './options.js';
import type { Io } from './main.js';

/** What is wrong with the fix flags, or undefined. */
export function checkFixArgs(args: CliArgs, metas: ReadonlyMap<string, RuleMeta>): string | undefined {
  const fixing = args.fix || args.fixDryRun;
  if (args.fix && args.fixDryRun) return '--fix and --fix-dry-run cannot be used together: --fix-dry-run shows what --fix would write';
  if (!fixing && (args.fixType.length || args.fixRule.length)) return `${args.fixType.length ? '--fix-type' : '--fix-rule'} limits what --fix or --fix-dry-run applies; give one of them`;
  for (const id of args.fixRule) {
    if (metas.has(id)) continue;
    const hint = closest(id, [...metas.keys()]);
    return `--fix-rule "${id}": no rule "${id}"${hint ? `; did you mean "${hint}"?` : ''}`;
  }
  if (!args.paths.includes('-')) return undefined;
  if (args.fix) return '--fix cannot write to standard input; use --fix-dry-run to print the fixed config';
  if (args.fixDryRun && args.paths.length > 1) return '--fix-dry-run with - prints the fixed config on standard output: give - alone';
  if (args.fixDryRun && args.stdinFormat === 'tar') return '--fix-dry-run with - prints the fixed config.json; a bundle archive on standard input has none to print (fix the bundle directory instead)';
  return undefined;
}

/** The engine's fix option for the flags, or undefined when not fixing. */
export function fixOptions(args: CliArgs): FixOptions | undefined {
  if (!args.fix && !args.fixDryRun) return undefined;
  return {
    ...(args.fixRule.length && { rules: args.fixRule }),
    ...(args.fixType.length && { categories: args.fixType }),
    filesOnly: args.fix,
  };
}

/**
 * Writes the fixed configs (--fix), or prints what would change (--fix-dry-run). Returns false
 * when a fixed config could not be written.
 */
export function outputFixes(args: CliArgs, io: Io, results: readonly FileResult[]): boolean {
  let ok = true;
  const say = (m: string): void => void io.stderr.write(`ocilint: ${escapeControls(m)}\n`);
  for (const r of results) {
    const f = r.fixes;
    if (f === undefined) continue;
    if (f.problem !== undefined) say(`warning: ${r.filePath}: ${f.problem}`);
    if (args.fixDryRun && args.paths.length === 1 && args.paths[0] === '-') {
      io.stdout.write(f.output);
      continue;
    }
    if (f.output === f.input) continue;
    if (args.fixDryRun) {
      const [a, b] = diffNames(r.filePath, io.cwd);
      io.stdout.write(unifiedDiff(f.input, f.output, a, b));
      continue;
    }
    try {
      rewriteConfig(path.resolve(io.cwd, r.filePath), Buffer.from(f.input, 'utf8'), f.output);
      say(`${r.filePath}: ${f.applied} ${f.applied === 1 ? 'fix' : 'fixes'} applied`);
    } catch (e) {
      if (!(e instanceof ConfigWriteError)) throw e;
      say(`${r.filePath}: ${e.message}`);
      ok = false;
    }
  }
  return ok;
}

/** The diff's file names: a/ and b/ before the path from the working directory (git apply, patch -p1), or the absolute path twice. */
function diffNames(file: string, cwd: string): [string, string] {
  const abs = path.resolve(cwd, file);
  const rel = path.relative(cwd, abs);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return [abs, abs];
  const p = rel.split(path.sep).join('/');
  return [`a/${p}`, `b/${p}`];
}
