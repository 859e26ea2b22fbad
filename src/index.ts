// The library API: `import { lint } from 'ocilint'`. The command line is a thin layer over it:
// src/cli/main.ts turns flags into these options, calls lint(), and formats the results.

import type { RuleMeta, SeveritySetting } from './core/types.js';
import { lintSources } from './engine/run.js';
import type { RunOptions } from './engine/options.js';
import type { FileResult } from './engine/lint.js';
import { allRules, RENAMED_RULES } from './rules/all.js';
import { resolveInputs } from './bundle/inputs.js';
import { ConfigResolver } from './config/load.js';
import { loadFormatter } from './formatters/index.js';
import notOciConfig from './rules/not-oci-config.js';
import { RealHostView } from './bundle/host.js';
import type { LintCache } from './engine/cache.js';
import { parseTarget } from './core/runtimes.js';
import { InputError } from './bundle/source.js';
import { imageOptions } from './bundle/image/options.js';

export type { Diagnostic, Location, Position, Range, RuleMeta, Severity, SeveritySetting, PresetName, Suppression, SuppressedDiagnostic, Target, TargetSpec } from './core/types.js';
export type { FileResult, FixSummary } from './engine/lint.js';
export type { FixOptions } from './engine/options.js';
export type { Fix, TextEdit } from './core/types.js';
export { applyFixes, fixText, MAX_PASSES, type FixTextOptions, type FixTextOutcome } from './engine/fix.js';
export type { SpecVersion } from './core/versions.js';
export { SPEC_VERSIONS } from './core/versions.js';
export { InputError } from './bundle/source.js';
export { ConfigError } from './config/validate.js';
export { applySuppressionsFile, type SuppressionsFileOptions, type SuppressionsFileOutcome } from './engine/suppressions-file.js';
export { SuppressionsFileError, SUPPRESSIONS_FILE, type SuppressionMismatch } from './engine/bulk.js';
export { CacheFileError, CACHE_FILE } from './engine/cache-file.js';

/** The options lint() hands to the engine as they are. */
const PASSED = ['configOnly', 'specVersion', 'maxConfigSize', 'targets', 'inlineSuppressions', 'preset', 'concurrency', 'fix'] as const satisfies readonly (keyof RunOptions)[];

/** A run of this many bundles is large (see LintOptions.onLargeRun). */
const LARGE_RUN_BUNDLES = 100;

/**
 * What lint() takes. The options the engine takes as they are (PASSED) are declared once, in
 * src/engine/options.ts, and picked here by name; the rest is about finding the bundles and
 * configuration files, and about the run.
 */
export interface LintOptions extends Pick<RunOptions, (typeof PASSED)[number]> {
  /** Per-rule severities on top of the preset and the configuration file. */
  rules?: Record<string, SeveritySetting>;
  /** Add checks against the machine running lint() (bind sources, hooks, namespace paths...): read-only, off by default. */
  hostSpecific?: boolean;
  /** Use this configuration file for every path instead of looking one up. */
  configFile?: string;
  /** Look up .ocilint.yaml/.yml/.json from each path up to the repository root (default true). */
  configLookup?: boolean;
  /** Globs of paths to skip, relative to cwd. */
  ignorePatterns?: string[];
  /** Reject with InputError when a path or glob matches nothing (default true); else warn. */
  errorOnUnmatchedPattern?: boolean;
  /** Warn about a path given whose every bundle an ignore pattern skips (default true). */
  warnIgnored?: boolean;
  /** Name reported for a config read from standard input (path "-"). */
  stdinFilename?: string;
  /** What "-" reads: a config.json (default) or a tar archive of a bundle. */
  stdinFormat?: 'json' | 'tar';
  /** The image to lint in a layout or image archive that holds several: a ref name or docker tag. */
  imageRef?: string;
  /** The platform of the image to lint, as OS/ARCHITECTURE[/VARIANT] ("linux/arm64"). */
  platform?: string;
  /** A config.json to convert images over instead of the defaults of `runc spec`. */
  bundleTemplate?: string;
  /**
   * Keep results in a cache file and reuse those of bundles whose config, rootfs lookups and
   * options are unchanged (directories and archives; not standard input; off with hostSpecific).
   * Rejects with CacheFileError when the file exists and is not an ocilint cache.
   */
  cache?: boolean;
  /** The cache file, or a directory for .ocilintcache, relative to cwd (default .ocilintcache in cwd). */
  cacheLocation?: string;
  /** Base for relative paths and globs (default process.cwd()). */
  cwd?: string;
  /** Messages about the run (expired ignores, unmatched patterns when not an error). */
  onWarning?: (message: string) => void;
  /** Notes about the run that are not warnings (files a directory search skipped). */
  onNote?: (message: string) => void;
  /**
   * Called at most once, before the work it announces, when the run is large: 100 bundles or
   * more, or a config.json of 256 KiB or more (the command line tunes V8 then).
   */
  onLargeRun?: () => void;
  /** Keep each config's text in its result (`configText`), for reports that show the source (the codeframe format). */
  keepSource?: boolean;
}

/**
 * Lints bundle directories, config files, directories holding bundles, or globs. Resolves to one
 * result per config file found, with its findings (`diagnostics`) and the findings a suppression
 * silenced (`suppressed`). Rejects with InputError for a path that does not exist or holds no
 * bundle, and with ConfigError for an invalid configuration file.
 */
export async function lint(paths: readonly string[], options: LintOptions = {}): Promise<FileResult[]> {
  for (const t of options.targets ?? []) {
    const parsed = parseTarget(String(t));
    if (typeof parsed === 'string') throw new InputError(`targets: ${parsed}`);
  }
  const cwd = options.cwd ?? process.cwd();
  const warn = options.onWarning ?? (() => {});
  const resolver = new ConfigResolver({
    ...(options.configFile !== undefined && { configFile: options.configFile }),
    lookup: options.configLookup ?? true,
    ruleIds: allRules.map((r) => r.meta.id),
    renamedRules: RENAMED_RULES,
    cwd,
    onWarning: warn,
  });
  // Opened first: a cache file that is not ours stops the run before any work.
  let cache: LintCache | undefined;
  if (options.cache) {
    if (options.hostSpecific) warn('the cache is not used with host-specific checks: their results depend on this machine, not only on the bundle');
    else {
      cache = (await import('./engine/cache.js')).LintCache.open(options.cacheLocation, cwd);
      if (cache.notice) warn(cache.notice);
    }
  }
  const sources = resolveInputs(paths, {
    cwd,
    ignorePatterns: options.ignorePatterns ?? [],
    errorOnUnmatched: options.errorOnUnmatchedPattern ?? true,
    warnIgnored: options.warnIgnored ?? true,
    ...(options.stdinFilename !== undefined && { stdinFilename: options.stdinFilename }),
    ...(options.stdinFormat !== undefined && { stdinFormat: options.stdinFormat }),
    image: imageOptions(options, cwd),
    warn,
  });
  let large = options.onLargeRun;
  const onLarge = large && ((): void => {
    large?.();
    large = undefined;
  });
  if (onLarge && sources.length >= LARGE_RUN_BUNDLES) onLarge();
  const run: RunOptions = {
    rules: allRules,
    ruleOverrides: new Map(Object.entries(options.rules ?? {})),
    settingsFor: (s) => resolver.sourceConfig(s.configPath, s.hasFilesystem ? s.bundlePath : undefined, s.dirEntries, s.configLookupDir),
    ...definedOf(options, PASSED),
    ...(options.hostSpecific === true && { host: new RealHostView() }),
    ...(onLarge && { onLargeConfig: onLarge }),
    ...(cache && { cache }),
    ...(options.keepSource && { keepSource: true }),
  };
  const all = await lintSources(sources, run);
  const unsaved = cache?.save();
  if (unsaved) warn(unsaved);
  // Files a search found that are not runtime configs: skipped, named in one note.
  const skipped: string[] = [];
  const results = all.filter((r, i) => {
    const foreign = sources[i]!.searched === true && r.diagnostics.some((d) => d.ruleId === notOciConfig.meta.id);
    if (foreign) skipped.push(r.filePath);
    return !foreign;
  });
  if (skipped.length > 0) options.onNote?.(skippedNote(skipped));
  return results;
}

/** The note naming the files a search found that are not runtime configs (the first ten, then how many more). */
function skippedNote(paths: readonly string[]): string {
  const shown = paths.slice(0, 10).join(', ');
  const more = paths.length > 10 ? ` and ${paths.length - 10} more` : '';
  const what = paths.length === 1 ? 'a file that is not an OCI runtime config' : `${paths.length} files that are not OCI runtime configs`;
  return `skipped ${what} (no ociVersion, none of the spec's top-level keys): ${shown}${more}`;
}

/** Renders results in one of the report formats (stylish, json, sarif, gnu, github, junit, checkstyle, gitlab). */
export async function formatResults(format: string, results: readonly FileResult[], options: { cwd?: string; color?: boolean } = {}): Promise<string> {
  const formatter = await loadFormatter(format, options.color === true);
  const rules = new Map<string, RuleMeta>(allRules.map((r) => [r.meta.id, r.meta]));
  return formatter({ results, rules, cwd: options.cwd ?? process.cwd() }, { colorLevel: options.color ? 1 : 0 });
}

export function listRules(): RuleMeta[] {
  return allRules.map((r) => r.meta);
}

/** The properties of `o` named in `keys` that are set. */
function definedOf<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}
