// Two parsers over one option table (see options.ts for why).

import { parseArgs } from 'node:util';
import { OPTIONS, normalize, type CliArgs } from './options.js';
import { closest } from '../core/suggest.js';
import { escapeControls } from '../core/text.js';

export type Parsed = { kind: 'args'; args: CliArgs } | { kind: 'exit'; code: number; stdout?: string; stderr?: string };

/**
 * The fast path: parseArgs in strict mode. Returns undefined when the invocation needs yargs
 * (help, version, an unknown or malformed option) so that yargs gives the user its full answer,
 * and a one-line message when an option's value is invalid.
 */
export function fastParse(argv: readonly string[]): CliArgs | { error: string } | undefined {
  if (argv.some((a) => a === '--help' || a === '-h' || a === '--version' || a === '-v')) return undefined;
  // Paths only (a pre-commit hook, `ocilint bundle/`): nothing to parse. node:util's parseArgs
  // is compiled on first use, a millisecond and a half of a cold start.
  if (argv.every((a) => a === '-' || !a.startsWith('-'))) {
    const args = normalize({}, [...argv]);
    return typeof args === 'string' ? { error: args } : args;
  }
  const options: NonNullable<Parameters<typeof parseArgs>[0]>['options'] = {};
  for (const [name, spec] of Object.entries(OPTIONS)) {
    options[name] = {
      type: spec.type === 'boolean' ? 'boolean' : 'string',
      ...(spec.alias && { short: spec.alias }),
      ...(spec.multiple && { multiple: true }),
    };
    if (spec.type === 'boolean') options[`no-${name}`] = { type: 'boolean' };
  }
  let values: Record<string, unknown>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true }));
  } catch (e) {
    // A boolean given a value, or a value that looks like an option: parseArgs names the option
    // where yargs would blame a positional. A missing value and unknown options go to yargs,
    // which names the option (requiresArg) or suggests the nearest name.
    const err = e as { code?: string; message?: string };
    if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && err.message && !/argument missing/.test(err.message)) {
      return { error: err.message.replace(/\s*\n\s*/g, ' ') };
    }
    return undefined;
  }
  for (const [name, spec] of Object.entries(OPTIONS)) {
    if (spec.type !== 'boolean' || values[`no-${name}`] === undefined) continue;
    // The last of --x / --no-x wins, as in yargs.
    const yes = argv.lastIndexOf(`--${name}`);
    const no = argv.lastIndexOf(`--no-${name}`);
    values[name] = yes > no;
    delete values[`no-${name}`];
  }
  // Well-formed options with a bad value: normalize's message names the option and the value,
  // where yargs would blame a positional instead.
  const args = normalize(values, positionals);
  return typeof args === 'string' ? { error: args } : args;
}

/** The full parser: yargs, loaded only when needed. */
export async function yargsParse(argv: readonly string[], version: string): Promise<Parsed> {
  const { default: yargs } = await import('yargs');
  let stdout = '';
  let failure: string | undefined;
  const y = yargs([...argv])
    .scriptName('ocilint')
    .usage('$0 [paths..]\n\nLint OCI runtime bundles: bundle directories, config files, or directories that hold bundles.')
    .parserConfiguration({ 'camel-case-expansion': false, 'boolean-negation': true, 'greedy-arrays': false })
    .strictOptions()
    .version(version)
    .alias('v', 'version')
    .help('help')
    .alias('h', 'help')
    .wrap(Math.min(110, process.stdout.columns || 80))
    .epilogue('"ocilint schema [--spec-version V]" prints the JSON Schema of config.json for a release; "ocilint completion bash|zsh|fish" prints a completion script.\nExit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or configuration error, 3 internal error.')
    .exitProcess(false)
    .fail((msg, err) => {
      failure = msg || err?.message || 'invalid arguments';
    });
  for (const [name, spec] of Object.entries(OPTIONS)) {
    y.option(name, {
      type: spec.type,
      describe: spec.describe,
      ...(spec.alias && { alias: spec.alias }),
      ...(spec.multiple && { array: true }),
      ...(spec.choices && { choices: [...spec.choices] }),
      ...(spec.default !== undefined && { default: spec.default }),
      ...(spec.group && { group: `${spec.group}:` }),
      // Every option that takes a value requires one: `--fail-on` alone is an error naming it.
      ...(spec.type !== 'boolean' && { requiresArg: true }),
    });
  }
  let help = false;
  const raw = (await y.parseAsync([...argv], {}, (_err, parsed, out) => {
    if (out) stdout = out;
    if (parsed && (parsed['help'] || parsed['version'])) help = true;
  })) as Record<string, unknown>;
  if (failure) {
    // One line, whatever yargs wrote, with a suggestion for a misspelt option.
    const unknown = /^Unknown arguments?: (.*)$/.exec(failure);
    const hints = (unknown?.[1] ?? '')
      .split(', ')
      .map((name) => [name, closest(name, Object.keys(OPTIONS))] as const)
      .filter(([, hint]) => hint !== undefined)
      .map(([name, hint]) => `; --${name}: did you mean --${hint}?`)
      .join('');
    return { kind: 'exit', code: 2, stderr: `ocilint: ${escapeControls(failure.replace(/\s*\n\s*/g, ' ').trim())}${hints} (see ocilint --help)\n` };
  }
  if (help || raw['help'] || raw['version']) return { kind: 'exit', code: 0, stdout: stdout.endsWith('\n') ? stdout : stdout + '\n' };
  const positionals = ((raw['_'] as unknown[]) ?? []).map(String);
  const args = normalize(raw, positionals);
  if (typeof args === 'string') return { kind: 'exit', code: 2, stderr: `ocilint: ${escapeControls(args)}\n` };
  return { kind: 'args', args };
}
