// The command line, described once. Two parsers read this table: yargs, which owns the human
// surface (--help, error messages, suggestions), and node:util's parseArgs, which handles the
// common well-formed invocation without loading yargs. yargs costs about 40 ms to load and run,
// most of a lint's budget; a test checks that both parsers agree on every option.

import { SPEC_VERSIONS } from '../core/versions.js';
import { PRESETS } from '../engine/presets.js';

export const FORMATS = ['stylish', 'json'] as const;
export const FAIL_ON = ['error', 'warning', 'info', 'none'] as const;

export interface OptionSpec {
  type: 'string' | 'boolean' | 'number';
  alias?: string;
  multiple?: boolean;
  choices?: readonly string[];
  describe: string;
  default?: string | boolean | number | string[];
  group?: string;
}

export const OPTIONS: Record<string, OptionSpec> = {
  format: { type: 'string', alias: 'f', multiple: true, choices: FORMATS, describe: 'Report format; repeat to write several (paired with -o)', group: 'Output' },
  output: { type: 'string', alias: 'o', multiple: true, describe: 'Write the report of the format in the same position to this file', group: 'Output' },
  color: { type: 'boolean', describe: 'Force colour on (off with --no-color; NO_COLOR and FORCE_COLOR are honoured)', group: 'Output' },
  'fail-on': { type: 'string', choices: FAIL_ON, default: 'error', describe: 'Exit 1 when a finding of this severity or worse is reported (inclusive)', group: 'Exit status' },
  'max-warnings': { type: 'number', describe: 'Also exit 1 when there are more than this many warnings', group: 'Exit status' },
  preset: { type: 'string', choices: PRESETS, default: 'recommended', describe: 'Rule preset', group: 'Rules' },
  rule: { type: 'string', multiple: true, describe: 'Set a rule\'s severity: id=error|warning|info|off (repeatable)', group: 'Rules' },
  'spec-version': { type: 'string', choices: SPEC_VERSIONS, describe: 'Check against this runtime-spec release instead of ociVersion', group: 'Rules' },
  'config-only': { type: 'boolean', describe: 'Skip every rootfs check (config templates without a rootfs)', group: 'Input' },
  'stdin-filename': { type: 'string', describe: 'Name to report for a config read from stdin (-)', group: 'Input' },
  'max-config-size': { type: 'number', default: 16 * 1024 * 1024, describe: 'Largest config.json to read, in bytes', group: 'Input' },
  'list-rules': { type: 'boolean', describe: 'List every rule (with -f json: as JSON) and exit', group: 'Information' },
  explain: { type: 'string', describe: 'Print the documentation of a rule and exit', group: 'Information' },
};

/** Options as both parsers produce them. */
export interface CliArgs {
  paths: string[];
  format: string[];
  output: string[];
  color: boolean | undefined;
  failOn: (typeof FAIL_ON)[number];
  maxWarnings: number | undefined;
  preset: (typeof PRESETS)[number];
  rule: string[];
  specVersion: (typeof SPEC_VERSIONS)[number] | undefined;
  configOnly: boolean;
  stdinFilename: string | undefined;
  maxConfigSize: number;
  listRules: boolean;
  explain: string | undefined;
}

type Raw = Record<string, unknown>;

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
  for (const [name, spec] of Object.entries(OPTIONS)) {
    if (!spec.choices) continue;
    for (const v of list(name)) {
      if (!spec.choices.includes(v)) return `--${name} must be one of ${spec.choices.join(', ')}, got "${v}"`;
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
    failOn: (raw['fail-on'] as CliArgs['failOn'] | undefined) ?? 'error',
    maxWarnings,
    preset: (raw['preset'] as CliArgs['preset'] | undefined) ?? 'recommended',
    rule: list('rule'),
    specVersion: raw['spec-version'] as CliArgs['specVersion'],
    configOnly: raw['config-only'] === true,
    stdinFilename: raw['stdin-filename'] === undefined ? undefined : String(raw['stdin-filename']),
    maxConfigSize: maxConfigSize ?? 16 * 1024 * 1024,
    listRules: raw['list-rules'] === true,
    explain: raw['explain'] === undefined ? undefined : String(raw['explain']),
  };
}
