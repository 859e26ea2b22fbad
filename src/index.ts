// The library API: `import { lint } from 'ocilint'`. The command line is a thin layer over it.

import type { PresetName, SeveritySetting, Target } from './core/types.js';
import type { SpecVersion } from './core/versions.js';
import { discover } from './bundle/discover.js';
import { lintSources } from './engine/run.js';
import type { FileResult } from './engine/lint.js';
import { allRules } from './rules/all.js';

export type { Diagnostic, Location, Position, Range, RuleMeta, Severity, SeveritySetting, PresetName, Target } from './core/types.js';
export type { FileResult } from './engine/lint.js';
export type { SpecVersion } from './core/versions.js';
export { SPEC_VERSIONS } from './core/versions.js';
export { InputError } from './bundle/source.js';

export interface LintOptions {
  /** Skip every rootfs check (config templates without a rootfs). */
  configOnly?: boolean;
  /** Check against this release instead of the one ociVersion declares. */
  specVersion?: SpecVersion;
  preset?: PresetName;
  /** Per-rule severities on top of the preset. */
  rules?: Record<string, SeveritySetting>;
  /** Largest config.json read, in bytes. */
  maxConfigSize?: number;
  /** Runtimes that will run the bundle: adds their own checks and grades findings by what they do. */
  targets?: readonly Target[];
}

/**
 * Lints bundle directories, config files, or directories holding bundles. Resolves to one result
 * per config file found; rejects with InputError for a path that does not exist or holds no bundle.
 */
export async function lint(paths: readonly string[], options: LintOptions = {}): Promise<FileResult[]> {
  const sources = discover(paths);
  return lintSources(sources, {
    rules: allRules,
    ruleOverrides: new Map(Object.entries(options.rules ?? {})),
    ...(options.preset !== undefined && { preset: options.preset }),
    ...(options.configOnly !== undefined && { configOnly: options.configOnly }),
    ...(options.specVersion !== undefined && { specVersion: options.specVersion }),
    ...(options.maxConfigSize !== undefined && { maxConfigSize: options.maxConfigSize }),
    ...(options.targets !== undefined && { targets: options.targets }),
  });
}

export function listRules() {
  return allRules.map((r) => r.meta);
}
