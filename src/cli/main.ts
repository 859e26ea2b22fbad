// The command line: parse arguments, lint, print, and choose the exit code.
//   0 nothing at or above --fail-on; 1 findings at or above it; 2 usage or configuration error;
//   3 internal error. The format never changes the exit code.

import * as fs from 'node:fs';
import type { RuleMeta, SeveritySetting } from '../core/types.js';
import { TOOL_VERSION } from '../core/meta.js';
import { InputError } from '../bundle/source.js';
import { tally, type FileResult } from '../engine/lint.js';
import { lint } from '../index.js';
import { allRules, RENAMED_RULES, renamedRule } from '../rules/all.js';
import { loadFormatter } from '../formatters/index.js';
import { fastParse, yargsParse } from './parse-args.js';
import { pairOutputs, type CliArgs } from './options.js';
import { decideColor } from './color.js';
import { ConfigResolver } from '../config/load.js';
import { ConfigError } from '../config/validate.js';
import { SEVERITY_ALIASES, didYouMean, renamedWarning, suggestions } from '../core/suggest.js';
import { writeProblem } from '../bundle/files.js';
import { reportWidth, textWidth } from './width.js';
import { escapeControls } from '../core/text.js';
import { SuppressionsFileError } from '../engine/bulk.js';
import { CacheFileError } from '../engine/cache-file.js';
import { bulkSuppress, checkBulkArgs } from './bulk.js';
import { checkFixArgs, fixOptions, outputFixes } from './fix.js';
import { envArgs } from './env.js';
import { UsageError } from './errors.js';
import internalError from '../rules/internal-error.js';

export interface Io {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  cwd: string;
  /** Told, before the work, that the run is large (bin/ocilint.js tunes V8 then; see LintOptions.onLargeRun). */
  onLargeRun?: () => void;
}


export async function main(io: Io): Promise<number> {
  try {
    if (io.argv[0] === 'schema') {
      const { schemaCommand } = await import('./schema.js');
      return schemaCommand(io.argv.slice(1), io);
    }
    if (io.argv[0] === 'completion') {
      const { completionCommand } = await import('./completion.js');
      const problem = completionCommand(io.argv.slice(1), io, allRules.map((r) => r.meta.id));
      if (problem) throw new UsageError(problem);
      return 0;
    }
    // `ocilint --version` alone (a hook or an editor checking what is installed) answers without
    // loading yargs, which costs more than the rest of a cold start.
    if (io.argv.length === 1 && (io.argv[0] === '--version' || io.argv[0] === '-v')) {
      io.stdout.write(`${TOOL_VERSION}\n`);
      return 0;
    }
    // OCILINT_* variables become flags placed before the command line's own (see env.ts).
    const env = envArgs(io.env, io.argv);
    if ('error' in env) throw new UsageError(env.error);
    for (const w of env.warnings) io.stderr.write(`ocilint: warning: ${escapeControls(w)}\n`);
    const argv = env.argv.length ? [...env.argv, ...io.argv] : io.argv;
    const fast = fastParse(argv);
    if (fast && 'error' in fast) throw new UsageError(fast.error);
    let args = fast;
    if (!args) {
      const parsed = await yargsParse(argv, TOOL_VERSION);
      if (parsed.kind === 'exit') {
        if (parsed.stdout) io.stdout.write(parsed.stdout);
        if (parsed.stderr) io.stderr.write(parsed.stderr);
        return parsed.code;
      }
      args = parsed.args;
    }
    const paired = pairOutputs(argv, args.format.length);
    if (typeof paired === 'string') throw new UsageError(paired);
    args.output = paired;
    return await run(args, io);
  } catch (e) {
    if (e instanceof ConfigError && e.problems.length > 0) {
      io.stderr.write(configProblems(e));
      return 2;
    }
    if (e instanceof InputError || e instanceof UsageError || e instanceof ConfigError || e instanceof SuppressionsFileError || e instanceof CacheFileError) {
      // One line, whatever a path or value in the message holds.
      io.stderr.write(`ocilint: ${escapeControls(e.message)}\n`);
      return 2;
    }
    const detail = io.env['OCILINT_DEBUG'] ? `\n${(e as Error)?.stack ?? String(e)}` : ' (set OCILINT_DEBUG=1 for details)';
    io.stderr.write(`ocilint: internal error: ${escapeControls(String((e as Error)?.message ?? e))}${detail}\n`);
    return 3;
  }
}

/**
 * A configuration file's problems, one line each (`file:line:column: what is wrong`), each
 * followed by the line of the file it is about, with the key or value underlined.
 */
function configProblems(e: ConfigError): string {
  const file = escapeControls(e.file ?? '');
  let out = '';
  for (const p of e.problems) {
    const where = p.line === undefined ? file : `${file}:${p.line}:${p.column}`;
    out += `ocilint: ${where}: ${escapeControls(p.message)}\n`;
    // The excerpt's text is made safe to print by the snippet (control characters replaced).
    for (const l of p.excerpt ?? []) out += `    ${l}\n`;
  }
  return out;
}

async function run(args: CliArgs, io: Io): Promise<number> {
  const metas = new Map<string, RuleMeta>(allRules.map((r) => [r.meta.id, r.meta]));
  renameRuleIds(args, (m) => void io.stderr.write(`ocilint: warning: ${escapeControls(m)}\n`));
  if (args.listRules) {
    const { listRules } = await import('./list-rules.js');
    const layout = args.format[0] === 'json' ? 'json' : args.wide ? 'wide' : 'text';
    io.stdout.write(listRules([...metas.values()], layout, textWidth(io.env, io.stdout), decideColor(args.color, io.env, io.stdout)));
    return 0;
  }
  if (args.explain !== undefined) {
    const { explain } = await import('./explain.js');
    // Prose is read best in lines of at most about 100 columns, however wide the terminal.
    io.stdout.write(explain(args.explain, metas, decideColor(args.color, io.env, io.stdout), textWidth(io.env, io.stdout, 100)));
    return 0;
  }
  const overrides = parseRuleOverrides(args.rule, metas);
  const warn = (m: string): void => void io.stderr.write(`ocilint: warning: ${m}\n`);
  if (args.init) {
    const { init, InitError } = await import('./init.js');
    try {
      io.stdout.write(init(io.cwd, args.preset));
    } catch (e) {
      if (e instanceof InitError) throw new UsageError(e.message);
      throw e;
    }
    return 0;
  }
  if (args.printConfig !== undefined) {
    const { printConfig } = await import('./print-config.js');
    const resolver = new ConfigResolver({
      ...(args.config !== undefined && { configFile: args.config }),
      lookup: args.configLookup,
      ruleIds: [...metas.keys()],
      renamedRules: RENAMED_RULES,
      cwd: io.cwd,
      onWarning: warn,
    });
    io.stdout.write(printConfig(args.printConfig, args, resolver, overrides, allRules, io.cwd));
    return 0;
  }
  if (args.enclosingBundle) {
    // Changed files become their bundles; none of them in a bundle is a clean run.
    const { enclosingBundles } = await import('../bundle/enclosing.js');
    args.paths = enclosingBundles(args.paths, io.cwd);
    if (args.paths.length === 0) return 0;
  }
  if (args.paths.length === 0) throw new UsageError('no paths given; pass bundle directories, config files, or directories to search (see --help)');
  const bulkProblem = checkBulkArgs(args, metas);
  if (bulkProblem) throw new UsageError(bulkProblem);
  const fixProblem = checkFixArgs(args, metas);
  if (fixProblem) throw new UsageError(fixProblem);
  const fix = fixOptions(args);

  // The library call: the command line adds only flags, exit codes and report files.
  const results = await lint(args.paths, {
    cwd: io.cwd,
    rules: Object.fromEntries(overrides),
    configLookup: args.configLookup,
    ignorePatterns: args.ignorePattern,
    errorOnUnmatchedPattern: args.errorOnUnmatchedPattern,
    warnIgnored: args.warnIgnored,
    maxConfigSize: args.maxConfigSize,
    targets: args.targets,
    hostSpecific: args.hostSpecific,
    stdinFormat: args.stdinFormat,
    onWarning: warn,
    onNote: (m) => void io.stderr.write(`ocilint: note: ${escapeControls(m)}\n`),
    ...(io.onLargeRun !== undefined && { onLargeRun: io.onLargeRun }),
    ...(args.concurrency !== undefined && { concurrency: args.concurrency }),
    ...(args.config !== undefined && { configFile: args.config }),
    ...(args.stdinFilename !== undefined && { stdinFilename: args.stdinFilename }),
    ...(args.preset !== undefined && { preset: args.preset }),
    ...(args.configOnly !== undefined && { configOnly: args.configOnly }),
    ...(args.inlineSuppressions !== undefined && { inlineSuppressions: args.inlineSuppressions }),
    ...(args.specVersion !== undefined && { specVersion: args.specVersion }),
    ...(args.cache && { cache: true }),
    ...(args.cacheLocation !== undefined && { cacheLocation: args.cacheLocation }),
    ...(fix && { fix }),
    ...(args.imageRef !== undefined && { imageRef: args.imageRef }),
    ...(args.platform !== undefined && { platform: args.platform }),
    ...(args.bundleTemplate !== undefined && { bundleTemplate: args.bundleTemplate }),
    ...(args.format.includes('codeframe') && { keepSource: true }),
  });
  // Fixed configs are written (or shown) first; the reports are of what remains.
  const fixesOut = fix ? outputFixes(args, io, results) : true;

  // Findings recorded in the suppressions file move to `suppressed` before any report is made
  // (and before --quiet, so that the file's counts are compared with every finding).
  const stale = bulkSuppress(args, io.cwd, results, warn);
  if (args.quiet) onlyErrors(results);
  // With --fix-dry-run standard output holds the diff (or the fixed config): reports go to standard error.
  const written = await writeReports(args, args.fixDryRun ? { ...io, stdout: io.stderr } : io, results, metas);
  if (stale !== undefined) {
    io.stderr.write(`ocilint: ${escapeControls(stale)}\n`);
    return 2;
  }
  // A rule or a formatter that failed: the reports stand, but the run is not a verdict.
  if (!written || results.some((r) => r.diagnostics.some((d) => d.ruleId === internalError.meta.id))) return 3;
  if (!fixesOut) return 2;
  const over = tooManyWarnings(results, args);
  if (over) io.stderr.write(`ocilint: ${over}\n`);
  return exitCode(results, args);
}

/** Renamed rule ids in --rule, --explain and --suppress-rule become the new ones, with a warning. Mutates `args`. */
function renameRuleIds(args: CliArgs, warn: (m: string) => void): void {
  const current = (id: string, flag: string): string => {
    const now = renamedRule(id);
    if (now === undefined) return id;
    warn(renamedWarning(flag, id, now));
    return now;
  };
  args.rule = args.rule.map((spec) => {
    const eq = spec.indexOf('=');
    if (eq < 0) return spec;
    const id = spec.slice(0, eq).trim();
    const now = current(id, `--rule "${spec}"`);
    return now === id ? spec : `${now}${spec.slice(eq)}`;
  });
  if (args.explain !== undefined) args.explain = current(args.explain, '--explain');
  args.suppressRule = args.suppressRule.map((id) => current(id, '--suppress-rule'));
}

/** --quiet: keeps only errors, reported and suppressed, and recounts. Mutates `results`. */
function onlyErrors(results: FileResult[]): void {
  for (const r of results) {
    r.diagnostics = r.diagnostics.filter((d) => d.severity === 'error');
    r.suppressed = r.suppressed.filter((d) => d.severity === 'error');
    Object.assign(r, tally(r.diagnostics));
  }
}

const SEVERITY_SETTINGS = ['error', 'warning', 'info', 'off'] as const;

function parseRuleOverrides(specs: readonly string[], metas: ReadonlyMap<string, RuleMeta>): Map<string, SeveritySetting> {
  const out = new Map<string, SeveritySetting>();
  for (const spec of specs) {
    const m = /^([^=]+)=(.*)$/.exec(spec.trim());
    if (!m) throw new UsageError(`--rule "${spec}": expected id=error|warning|info|off`);
    const id = m[1]!.trim();
    const severity = m[2]!.trim();
    if (!metas.has(id)) throw new UsageError(`--rule "${spec}": no rule "${id}"${didYouMean(suggestions(id, [...metas.keys()]))} (see --list-rules)`);
    if (!(SEVERITY_SETTINGS as readonly string[]).includes(severity)) {
      const hint = suggestions(severity, SEVERITY_SETTINGS, SEVERITY_ALIASES);
      throw new UsageError(`--rule "${spec}": the severity must be one of ${SEVERITY_SETTINGS.join(', ')}, got "${severity}"${didYouMean(hint.map((h) => `${id}=${h}`))}`);
    }
    out.set(id, severity as SeveritySetting);
  }
  return out;
}

/**
 * Writes each report. A formatter that fails is reported on stderr, with the first frame of its
 * stack, and the other reports are still written. Returns whether every formatter succeeded.
 */
export async function writeReports(args: CliArgs, io: Io, results: FileResult[], metas: ReadonlyMap<string, RuleMeta>, load = loadFormatter): Promise<boolean> {
  let ok = true;
  for (let i = 0; i < args.format.length; i++) {
    const name = args.format[i]!;
    const file = args.output[i];
    // stylish and codeframe print nothing for a clean run: then neither they (and chalk) nor stdout are loaded.
    if ((name === 'stylish' || name === 'codeframe') && file === undefined && results.every((r) => r.diagnostics.length === 0)) continue;
    const stream = file === undefined ? io.stdout : undefined;
    const forPeople = name === 'stylish' || name === 'codeframe';
    const colorLevel = forPeople && stream ? decideColor(args.color, io.env, stream) : 0;
    const width = reportWidth(io.env, stream);
    let text: string;
    try {
      text = (await load(name, colorLevel > 0))({ results, rules: metas, cwd: io.cwd }, { colorLevel, width, hints: args.hints });
    } catch (e) {
      io.stderr.write(`ocilint: internal error: the ${name} format failed: ${escapeControls(describeError(e))}\n`);
      ok = false;
      continue;
    }
    if (file !== undefined) {
      try {
        fs.writeFileSync(file, text);
      } catch (e) {
        throw new UsageError(`cannot write ${file}: ${writeProblem(file, e)}`);
      }
    } else {
      io.stdout.write(text);
    }
  }
  return ok;
}

/** An error's message and the first frame of its stack. */
function describeError(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const frame = e.stack?.split('\n').find((l) => /^\s+at /.test(l))?.trim();
  return frame ? `${e.message} (${frame})` : e.message;
}

/** The sentence for a run with more warnings than --max-warnings allows, if it has. */
export function tooManyWarnings(results: readonly FileResult[], args: Pick<CliArgs, 'maxWarnings'>): string | undefined {
  if (args.maxWarnings === undefined) return undefined;
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (warnings <= args.maxWarnings) return undefined;
  return `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, more than the maximum ${args.maxWarnings} (--max-warnings)`;
}

const RANK = { info: 1, warning: 2, error: 3 } as const;

export function exitCode(results: readonly FileResult[], args: Pick<CliArgs, 'failOn' | 'maxWarnings'>): number {
  const threshold = args.failOn === 'none' ? Infinity : RANK[args.failOn];
  let warnings = 0;
  let fail = false;
  for (const r of results) {
    warnings += r.warningCount;
    for (const d of r.diagnostics) if (RANK[d.severity] >= threshold) fail = true;
  }
  if (args.maxWarnings !== undefined && warnings > args.maxWarnings) fail = true;
  return fail ? 1 : 0;
}

