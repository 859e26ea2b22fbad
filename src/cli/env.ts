// Settings from the environment, for containers and CI systems where a variable is easier to set
// than a flag (hadolint's HADOLINT_*, Trivy's TRIVY_*): OCILINT_FAIL_ON=warning is --fail-on
// warning. A flag on the command line wins over its variable. They become command-line tokens
// placed before the user's own, so both parsers and every check of a flag's value apply to them;
// a bad value is caught here first, so that the message names the variable, not the flag.
//
// Flags that act (--explain, --print-config, --list-rules) or write (--suppress-all,
// --suppress-rule, --prune-suppressions, --output, --cache and its --cache-location, --fix and
// its --fix-dry-run, --fix-type and --fix-rule) are not read
// from the environment: a variable left set in a CI job must never rewrite a file or redirect a
// report.

import { CHOICE_ALIASES, OPTIONS, type OptionSpec } from './options.js';
import { closest, didYouMean, suggestions } from '../core/suggest.js';

const PREFIX = 'OCILINT_';

/** Variables ocilint reads that are not flags. */
const OTHER_VARIABLES = new Set(['OCILINT_DEBUG', 'OCILINT_SCHEMAS_DIR', 'OCILINT_TEST_FIX_PAUSE_MS']);

export const NOT_FROM_ENV = new Set(['output', 'color', 'stdin-filename', 'print-config', 'init', 'list-rules', 'explain', 'suppress-all', 'suppress-rule', 'prune-suppressions', 'cache', 'cache-location', 'fix', 'fix-dry-run', 'fix-type', 'fix-rule']);

/** The variable for a flag: --fail-on is OCILINT_FAIL_ON. */
export function variableFor(option: string): string {
  return PREFIX + option.toUpperCase().replace(/-/g, '_');
}

/** Flags read from the environment, by variable. */
const FROM_ENV = new Map<string, [string, OptionSpec]>(
  Object.entries(OPTIONS)
    .filter(([name]) => !NOT_FROM_ENV.has(name))
    .map(([name, spec]) => [variableFor(name), [name, spec]]),
);

export interface EnvArgs {
  /** Tokens to place before the command line's own. */
  argv: string[];
  /** Variables that look like misspelt settings. */
  warnings: string[];
}

/** The tokens the environment adds to `argv`, or a message naming the variable that is wrong. */
export function envArgs(env: Readonly<Record<string, string | undefined>>, argv: readonly string[]): EnvArgs | { error: string } {
  const out: EnvArgs = { argv: [], warnings: [] };
  const variables = Object.keys(env).filter((k) => k.startsWith(PREFIX));
  if (variables.length === 0) return out;
  const given = flagsGiven(argv);
  for (const variable of variables.sort()) {
    const value = env[variable];
    if (value === undefined || OTHER_VARIABLES.has(variable)) continue;
    const known = FROM_ENV.get(variable);
    if (!known) {
      const flag = variable.slice(PREFIX.length).toLowerCase().replace(/_/g, '-');
      if (NOT_FROM_ENV.has(flag)) out.warnings.push(`${variable} is not read from the environment; pass --${flag} on the command line`);
      else {
        // Compared without the prefix, which every name shares: only a near miss is warned about.
        const hint = closest(variable.slice(PREFIX.length), [...FROM_ENV.keys(), ...OTHER_VARIABLES].map((v) => v.slice(PREFIX.length)));
        if (hint) out.warnings.push(`${variable} is not an ocilint setting and is ignored; did you mean ${PREFIX}${hint}?`);
      }
      continue;
    }
    const [name, spec] = known;
    if (given.has(name) || value === '') continue;
    if (spec.type === 'boolean') {
      const yes = /^(?:1|true|yes|on)$/i.test(value.trim());
      if (!yes && !/^(?:0|false|no|off)$/i.test(value.trim())) return { error: `${variable} must be true or false (or 1, 0, yes, no, on, off), got "${value}"` };
      out.argv.push(yes ? `--${name}` : `--no-${name}`);
      continue;
    }
    // A list is comma-separated (so a glob from OCILINT_IGNORE_PATTERN cannot hold a brace set);
    // --format is repeatable only to pair with --output, which the environment does not set.
    const isList = spec.multiple === true && name !== 'format';
    const values = isList ? value.split(',').map((v) => v.trim()).filter((v) => v !== '') : [value.trim()];
    for (const v of values) {
      if (spec.choices && !spec.choices.includes(v)) return { error: `${variable} must be ${isList ? 'a comma-separated list of' : 'one of'} ${spec.choices.join(', ')}, got "${v}"${didYouMean(suggestions(v, spec.choices, CHOICE_ALIASES))}` };
      const problem = spec.check?.(v);
      if (problem !== undefined) return { error: `${variable}: ${problem}` };
      if (spec.type === 'number' && !/^\d+$/.test(v)) return { error: `${variable} must be a whole number, got "${value}"` };
      // `--name=value`: a value that starts with "-" is still a value.
      out.argv.push(`--${name}=${v}`);
    }
  }
  return out;
}

/** The long names of the flags written on the command line (before any `--`). */
function flagsGiven(argv: readonly string[]): Set<string> {
  const byAlias = new Map(Object.entries(OPTIONS).flatMap(([name, spec]) => (spec.alias ? [[spec.alias, name] as const] : [])));
  const given = new Set<string>();
  for (const a of argv) {
    if (a === '--') break;
    const long = /^--(?:no-)?([^=]+)/.exec(a);
    if (long) {
      given.add(long[1]!);
      continue;
    }
    const short = /^-([A-Za-z])/.exec(a);
    const name = short ? byAlias.get(short[1]!) : undefined;
    if (name) given.add(name);
  }
  return given;
}
