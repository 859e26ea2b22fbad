// --init: writes a starting .ocilint.yaml in the working directory, every key explained. It never
// replaces a configuration file that is there, and never writes through a symlink of that name.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { PresetName } from '../core/types.js';
import { CONFIG_NAMES } from '../config/load.js';
import { writeProblem } from '../bundle/files.js';

/** Thrown when the file cannot be written; the message names it. */
export class InitError extends Error {
  override name = 'InitError';
}

function template(preset: PresetName): string {
  return `# ocilint configuration. Every key is optional; ocilint rejects unknown keys and bad values.
# Reference: docs/configuration.md. Editors read the schema named on the next line.
# yaml-language-server: $schema=./node_modules/ocilint/schemas/ocilint-config.schema.json

# The preset to start from: recommended, restricted (every security rule an error) or all.
extends: ${preset}

# Severity per rule id, on top of the preset: error, warning, info or off.
# ocilint --list-rules lists the ids; ocilint --explain ID explains one.
rules: {}
#   process-args-executable: warning

# Findings to accept, each with a reason; paths are globs relative to this file's directory,
# and an optional expires date (YYYY-MM-DD) brings the findings back after that day.
ignores: []
#   - rules: [root-path-exists]
#     paths: [templates/**]
#     reason: templates are rendered at deploy time and have no rootfs here
#     expires: 2027-06-30

# Rules whose findings no dev.ocilint.ignore annotation inside a bundle can silence
# (the ignores above still apply to them).
unsuppressible: []

# Check every config against this runtime-spec release instead of its ociVersion (quoted).
# specVersion: "1.2.0"

# true: skip the rootfs checks (config templates kept without a rootfs).
# configOnly: false

# false: ignore dev.ocilint.ignore annotations in bundles altogether.
# inlineSuppressions: true
`;
}

/** Writes .ocilint.yaml in `cwd`; returns what to print. Throws InitError. */
export function init(cwd: string, preset: PresetName = 'recommended'): string {
  // lstat, not exists: a dangling symlink of that name counts too.
  const existing = CONFIG_NAMES.find((n) => fs.lstatSync(path.join(cwd, n), { throwIfNoEntry: false }) !== undefined);
  if (existing) throw new InitError(`${existing} already exists in ${cwd}; ocilint --init does not replace it`);
  const file = path.join(cwd, CONFIG_NAMES[0]);
  try {
    // 'wx': created here or not at all (a file or link that appeared meanwhile is left alone).
    fs.writeFileSync(file, template(preset), { flag: 'wx' });
  } catch (e) {
    throw new InitError(`cannot write ${file}: ${writeProblem(file, e)}`);
  }
  return `wrote ${CONFIG_NAMES[0]} (extends: ${preset}); ocilint --print-config PATH shows what applies to a path\n`;
}
