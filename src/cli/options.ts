// The command line, described once. Two parsers read this table: yargs, which owns the human
// surface (--help, error messages, suggestions), and node:util's parseArgs, which handles the
// common well-formed invocation without loading yargs. yargs costs about 40 ms to load and run,
// most of a lint's budget; a test checks that both parsers agree on every option.

import { SPEC_VERSIONS } from '../core/versions.js';
import { PRESETS } from '../engine/presets.js';
import type { Category, TargetSpec } from '../core/types.js';
import { parseTarget } from '../core/runtimes.js';
import { SEVERITY_ALIASES, didYouMean, suggestions } from '../core/suggest.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'gnu', 'github', 'junit', 'checkstyle', 'gitlab', 'codeframe'] as const;
export const FAIL_ON = ['error', 'warning', 'info', 'none'] as const;
export const STDIN_FORMATS = ['json', 'tar'] as const;
export const CATEGORIES = ['syntax', 'spec', 'runtime', 'security', 'best-practice'] as const satisfies readonly Category[];
/** Values of enumerated options that other tools spell differently (--fail-on warn, --fail-on off). */
export const CHOICE_ALIASES: Readonly<Record<string, string>> = { ...SEVERITY_ALIASES, off: 'none', never: 'none', eslint: 'stylish', pretty: 'codeframe', tgz: 'tar' };

export interface OptionSpec {
  type: 'string' | 'boolean' | 'number';
  alias?: string;
  multiple?: boolean;
  choices?: readonly string[];
  /** Checks a value the choices cannot list: a message saying what is wrong, or undefined. */
  check?: (value: string) => string | undefined;
  describe: string;
  default?: string | boolean | number | string[];
  group?: string;
}

function targetProblem(value: string): string | undefined {
  const parsed = parseTarget(value);
  return typeof parsed === 'string' ? parsed : undefined;
}

export const OPTIONS: Record<string, OptionSpec> = {
  format: { type: 'string', alias: 'f', multiple: true, choices: FORMATS, describe: 'Report format; repeat to write several (paired with -o)', group: 'Output' },
  output: { type: 'string', alias: 'o', multiple: true, describe: 'Write the report of the -f just before it to this file ("-": stdout)', group: 'Output' },
  quiet: { type: 'boolean', describe: 'Report errors only: warnings and info findings are left out of every report, the exit status and --max-warnings', group: 'Output' },
  color: { type: 'boolean', describe: 'Force colour on (off with --no-color; NO_COLOR and FORCE_COLOR are honoured)', group: 'Output' },
  'fail-on': { type: 'string', choices: FAIL_ON, default: 'error', describe: 'Exit 1 when a finding of this severity or worse is reported (inclusive)', group: 'Exit status' },
  'max-warnings': { type: 'number', describe: 'Also exit 1 when there are more than this many warnings', group: 'Exit status' },
  preset: { type: 'string', choices: PRESETS, describe: 'Rule preset (default: the config file\'s "extends", else recommended)', group: 'Rules' },
  rule: { type: 'string', multiple: true, describe: 'Set a rule\'s severity: id=error|warning|info|off (repeatable)', group: 'Rules' },
  'spec-version': { type: 'string', choices: SPEC_VERSIONS, describe: 'Check against this runtime-spec release instead of ociVersion', group: 'Rules' },
  target: { type: 'string', multiple: true, check: targetProblem, describe: 'Add the checks of the runtime that will run the bundle (runc, crun, youki, kata; its newest release, or runc@1.2, crun@1.8..1.14), and grade findings by what it does (repeatable)', group: 'Rules' },
  'host-specific': { type: 'boolean', describe: 'Add read-only checks against this machine: bind sources, namespace paths, hooks, filesystems, LSMs, cpusets, rlimits', group: 'Rules' },
  config: { type: 'string', alias: 'c', describe: 'Use this configuration file for every path (no lookup of .ocilint.yaml)', group: 'Configuration' },
  'config-lookup': { type: 'boolean', describe: 'Look for .ocilint.yaml/.yml/.json from each path up to the repository root (default; --no-config-lookup disables)', group: 'Configuration' },
  'inline-suppressions': { type: 'boolean', describe: 'Honour dev.ocilint.ignore annotations in bundles (default; --no-inline-suppressions forbids them)', group: 'Configuration' },
  init: { type: 'boolean', describe: 'Write a starting .ocilint.yaml (with --preset, that preset) in the working directory and exit', group: 'Configuration' },
  'print-config': { type: 'string', describe: 'Print the configuration that applies to this path and exit', group: 'Configuration' },
  'suppress-all': { type: 'boolean', describe: 'Record every finding of this run in the suppressions file, so that later runs report only new ones', group: 'Bulk suppressions' },
  'suppress-rule': { type: 'string', multiple: true, describe: "Record this rule's findings in the suppressions file (repeatable)", group: 'Bulk suppressions' },
  'prune-suppressions': { type: 'boolean', describe: 'Lower the counts in the suppressions file to what this run found', group: 'Bulk suppressions' },
  'suppressions-location': { type: 'string', describe: 'The suppressions file (default: ocilint-suppressions.json in the working directory)', group: 'Bulk suppressions' },
  'pass-on-unpruned-suppressions': { type: 'boolean', describe: 'Do not exit 2 when the suppressions file records findings that no longer occur', group: 'Bulk suppressions' },
  cache: { type: 'boolean', describe: 'Reuse the results of bundles whose config, rootfs and settings are unchanged since the last --cache run', group: 'Caching' },
  'cache-location': { type: 'string', describe: 'The cache file, or a directory to keep .ocilintcache in (default: .ocilintcache in the working directory)', group: 'Caching' },
  'config-only': { type: 'boolean', describe: 'Skip every rootfs check (config templates without a rootfs)', group: 'Input' },
  'stdin-filename': { type: 'string', describe: 'Name to report for a config read from stdin (-)', group: 'Input' },
  'ignore-pattern': { type: 'string', multiple: true, describe: 'Skip paths matching this glob (relative to the working directory; repeatable)', group: 'Input' },
  'error-on-unmatched-pattern': { type: 'boolean', describe: 'Exit 2 when a path or glob matches nothing (default; --no-error-on-unmatched-pattern warns instead)', group: 'Input' },
  'warn-ignored': { type: 'boolean', describe: 'Warn when a path given is skipped because --ignore-pattern covers it (default; --no-warn-ignored for pre-commit and lint-staged, which pass every changed file)', group: 'Input' },
  'stdin-format': { type: 'string', choices: STDIN_FORMATS, default: 'json', describe: 'What - reads from stdin: a config.json, or a tar archive of a bundle (gzip or not)', group: 'Input' },
  concurrency: { type: 'number', describe: 'Bundles in flight at once, on one thread (default: the number of CPUs)', group: 'Input' },
  'image-ref': { type: 'string', describe: 'The image to lint in an image layout or archive that holds several: a ref name or tag', group: 'Images' },
  platform: { type: 'string', describe: 'The image to lint by platform, such as linux/arm64 (default: the only one, or this machine\'s)', group: 'Images' },
  'bundle-template': { type: 'string', describe: 'Convert images over this config.json instead of the defaults of runc spec', group: 'Images' },
  'max-config-size': { type: 'number', default: 16 * 1024 * 1024, describe: 'Largest config.json to read, in bytes', group: 'Input' },
  'list-rules': { type: 'boolean', describe: 'List every rule (with -f json: as JSON) and exit', group: 'Information' },
  explain: { type: 'string', describe: 'Print the documentation of a rule and exit', group: 'Information' },
  'enclosing-bundle': { type: 'boolean', describe: 'Lint the bundle that holds each path (any file in it, rootfs included, even one deleted), each bundle once; skip paths in no bundle (for pre-commit and lint-staged)', group: 'Input' },
  fix: { type: 'boolean', describe: 'Apply the fixes of the findings to the config files, in place (never an archive, never the rootfs)', group: 'Fixing' },
  'fix-dry-run': { type: 'boolean', describe: 'Print what --fix would change as a unified diff (for -: the fixed config) and write nothing', group: 'Fixing' },
  'fix-type': { type: 'string', multiple: true, choices: CATEGORIES, describe: 'Apply only the fixes of rules of this category (repeatable)', group: 'Fixing' },
  'fix-rule': { type: 'string', multiple: true, describe: "Apply only this rule's fixes (repeatable)", group: 'Fixing' },
  hints: { type: 'boolean', describe: 'stylish: print each finding\'s help (how to fix it) under its row', group: 'Output' },
  wide: { type: 'boolean', describe: 'With --list-rules: every column (category, platforms, runtime, versions, spec link), however wide', group: 'Information' },
};

/** Options as both parsers produce them. */
export interface CliArgs {
  paths: string[];
  format: string[];
  /** The file for format[i], or undefined for stdout (see pairOutputs). */
  output: (string | undefined)[];
  color: boolean | undefined;
  quiet: boolean;
  failOn: (typeof FAIL_ON)[number];
  maxWarnings: number | undefined;
  /** undefined: the config file's "extends", else recommended. */
  preset: (typeof PRESETS)[number] | undefined;
  rule: string[];
  specVersion: (typeof SPEC_VERSIONS)[number] | undefined;
  targets: TargetSpec[];
  hostSpecific: boolean;
  /** undefined: as the config file says (default false). */
  configOnly: boolean | undefined;
  stdinFilename: string | undefined;
  config: string | undefined;
  configLookup: boolean;
  inlineSuppressions: boolean | undefined;
  printConfig: string | undefined;
  init: boolean;
  suppressAll: boolean;
  suppressRule: string[];
  pruneSuppressions: boolean;
  suppressionsLocation: string | undefined;
  passOnUnprunedSuppressions: boolean;
  cache: boolean;
  cacheLocation: string | undefined;
  ignorePattern: string[];
  errorOnUnmatchedPattern: boolean;
  warnIgnored: boolean;
  stdinFormat: (typeof STDIN_FORMATS)[number];
  concurrency: number | undefined;
  maxConfigSize: number;
  listRules: boolean;
  explain: string | undefined;
  enclosingBundle: boolean;
  fix: boolean;
  fixDryRun: boolean;
  fixType: Category[];
  fixRule: string[];
  imageRef: string | undefined;
  platform: string | undefined;
  bundleTemplate: string | undefined;
  hints: boolean;
  wide: boolean;
}

type Raw = Record<string, unknown>;

/**
 * Pairs each -o with the -f written just before it on the command line, so that
 * `-f stylish -f sarif -o x.sarif` writes SARIF to the file and stylish to the terminal, and
 * `-f json -o r.json -f sarif -o r.sarif` writes two files. An -o before any -f belongs to the
 * first format. Returns one entry per format, or a message when two -o follow one -f.
 */
export function pairOutputs(argv: readonly string[], formatCount: number): (string | undefined)[] | string {
  const out: (string | undefined)[] = Array.from({ length: Math.max(formatCount, 1) }, () => undefined);
  let current = -1;
  let pendingForFirst = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    const f = /^(?:--format(?:=(.*))?|-f(.*))$/.exec(a);
    const o = /^(?:--output(?:=(.*))?|-o(.*))$/.exec(a);
    if (f) {
      current++;
      if (f[1] === undefined && !f[2]) i++;
      continue;
    }
    if (!o) continue;
    const value = o[1] ?? (o[2] ? o[2] : argv[++i]);
    if (value === undefined) continue;
    const slot = current < 0 ? 0 : current;
    if (current < 0) pendingForFirst = true;
    else if (slot === 0 && pendingForFirst) return `two --output files for the first --format; write each -o right after its -f`;
    if (out[slot] !== undefined) return `two --output files for --format number ${slot + 1}; write each -o right after its -f`;
    out[slot] = value; // "-" stays a marker until the end, so that a second -o is still caught
  }
  return out.map((v) => (v === '-' ? undefined : v));
}

/** Normalises a parser's raw result (yargs or parseArgs) into CliArgs, or says what is wrong. */
export function normalize(raw: Raw, positionals: readonly string[]): CliArgs | string {
  const list = (k: string): string[] => {
    const v = raw[k];
    return v === undefined ? [] : (Array.isArray(v) ? v : [v]).map(String);
  };
  const num = (k: string): number | undefined | string => {
    const v = raw[k];
    if (v === undefined) return undefined;
    // Number('') is 0 and Number('0x10') is 16: a string must be plain decimal digits.
    if (typeof v !== 'number' && !/^\s*\d+\s*$/.test(String(v))) return `--${k} expects a whole number, got "${String(v)}"`;
    const n = typeof v === 'number' ? v : Number(v);
    return Number.isFinite(n) && n >= 0 && Number.isInteger(n) ? n : `--${k} expects a whole number, got "${String(v)}"`;
  };
  const maxWarnings = num('max-warnings');
  if (typeof maxWarnings === 'string') return maxWarnings;
  const maxConfigSize = num('max-config-size');
  if (typeof maxConfigSize === 'string') return maxConfigSize;
  const concurrency = num('concurrency');
  if (typeof concurrency === 'string') return concurrency;
  if (concurrency === 0) return '--concurrency must be at least 1';
  for (const [name, spec] of Object.entries(OPTIONS)) {
    if (!spec.choices) continue;
    for (const v of list(name)) {
      if (!spec.choices.includes(v)) return `--${name} must be one of ${spec.choices.join(', ')}, got "${v}"${didYouMean(suggestions(v, spec.choices, CHOICE_ALIASES))}`;
    }
  }
  for (const [name, spec] of Object.entries(OPTIONS)) {
    for (const v of spec.check ? list(name) : []) {
      const problem = spec.check!(v);
      if (problem !== undefined) return `--${name}: ${problem}`;
    }
  }
  const format = list('format');
  const output = list('output');
  if (output.length > Math.max(format.length, 1)) return `${output.length} --output files for ${Math.max(format.length, 1)} --format; pair each -o with a -f`;
  return {
    paths: [...positionals],
    format: format.length ? format : ['stylish'],
    output,
    color: typeof raw['color'] === 'boolean' ? raw['color'] : undefined,
    quiet: raw['quiet'] === true,
    failOn: (raw['fail-on'] as CliArgs['failOn'] | undefined) ?? 'error',
    maxWarnings,
    preset: raw['preset'] as CliArgs['preset'],
    rule: list('rule'),
    specVersion: raw['spec-version'] as CliArgs['specVersion'],
    targets: [...new Set(list('target').map((t) => t.trim()))] as TargetSpec[],
    hostSpecific: raw['host-specific'] === true,
    configOnly: typeof raw['config-only'] === 'boolean' ? raw['config-only'] : undefined,
    stdinFilename: raw['stdin-filename'] === undefined ? undefined : String(raw['stdin-filename']),
    config: raw['config'] === undefined ? undefined : String(raw['config']),
    configLookup: raw['config-lookup'] !== false,
    inlineSuppressions: typeof raw['inline-suppressions'] === 'boolean' ? raw['inline-suppressions'] : undefined,
    printConfig: raw['print-config'] === undefined ? undefined : String(raw['print-config']),
    init: raw['init'] === true,
    suppressAll: raw['suppress-all'] === true,
    suppressRule: list('suppress-rule'),
    pruneSuppressions: raw['prune-suppressions'] === true,
    suppressionsLocation: raw['suppressions-location'] === undefined ? undefined : String(raw['suppressions-location']),
    passOnUnprunedSuppressions: raw['pass-on-unpruned-suppressions'] === true,
    cache: raw['cache'] === true,
    cacheLocation: raw['cache-location'] === undefined ? undefined : String(raw['cache-location']),
    ignorePattern: list('ignore-pattern'),
    errorOnUnmatchedPattern: raw['error-on-unmatched-pattern'] !== false,
    warnIgnored: raw['warn-ignored'] !== false,
    stdinFormat: (raw['stdin-format'] as CliArgs['stdinFormat'] | undefined) ?? 'json',
    concurrency,
    maxConfigSize: maxConfigSize ?? 16 * 1024 * 1024,
    listRules: raw['list-rules'] === true,
    explain: raw['explain'] === undefined ? undefined : String(raw['explain']),
    enclosingBundle: raw['enclosing-bundle'] === true,
    fix: raw['fix'] === true,
    fixDryRun: raw['fix-dry-run'] === true,
    fixType: [...new Set(list('fix-type'))] as Category[],
    fixRule: list('fix-rule'),
    imageRef: raw['image-ref'] === undefined ? undefined : String(raw['image-ref']),
    platform: raw['platform'] === undefined ? undefined : String(raw['platform']),
    bundleTemplate: raw['bundle-template'] === undefined ? undefined : String(raw['bundle-template']),
    hints: raw['hints'] === true,
    wide: raw['wide'] === true,
  };
}
