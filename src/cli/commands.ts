// The subcommands (`ocilint schema`, `ocilint completion`), described once: main() dispatches on
// these names, and the completions and the man page are generated from them with the options.

import { SPEC_VERSIONS } from '../core/versions.js';
import type { OptionSpec } from './options.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;

export interface CommandSpec {
  /** What follows the command's name in a synopsis. */
  usage: string;
  describe: string;
  /** Its options, besides --help. */
  options: Record<string, OptionSpec>;
  /** The values of its one positional argument, if it takes one. */
  argument?: { name: string; choices: readonly string[] };
}

export const COMMANDS: Record<string, CommandSpec> = {
  schema: {
    usage: '[--spec-version V]',
    describe: 'Print the JSON Schema of config.json for a runtime-spec release (default: the newest), for editors',
    options: { 'spec-version': { type: 'string', choices: SPEC_VERSIONS, describe: 'The runtime-spec release' } },
  },
  completion: {
    usage: SHELLS.join('|'),
    describe: 'Print the completion script for a shell: flags, formats, presets, targets, spec versions and rule ids',
    options: {},
    argument: { name: 'shell', choices: SHELLS },
  },
};
