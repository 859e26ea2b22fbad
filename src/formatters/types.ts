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
  /** Columns the report may take, for the terminal formats (stylish, codeframe): default 80; Infinity never wraps. */
  width?: number;
  /** stylish: a help line (how to fix) under each finding. */
  hints?: boolean;
}

export type Formatter = (input: FormatInput, options: FormatOptions) => string;
