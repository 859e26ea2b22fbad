import type { RuleMeta } from '../core/types.js';
import type { FileResult } from '../engine/lint.js';

export interface FormatInput {
  results: readonly FileResult[];
  /** Metadata of every rule that could have reported, by id. */
  rules: ReadonlyMap<string, RuleMeta>;
  /** The working directory, for formats that print relative paths. */
  cwd: string;
}

export interface FormatOptions {
  /** A chalk-like colour level: 0 for none. Machine formats ignore it. */
  colorLevel: 0 | 1 | 2 | 3;
}

export type Formatter = (input: FormatInput, options: FormatOptions) => string;
