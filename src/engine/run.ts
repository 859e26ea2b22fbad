// Lints many bundle sources and returns their results in input order, whatever order they finish
// in. At most `concurrency` bundles are in flight at once; each source is closed (its archive index
// dropped) as soon as its result is in, and a result holds only diagnostics, never the document.

import { availableParallelism } from 'node:os';

import type { PresetName, SeveritySetting } from '../core/types.js';
import type { SpecVersion } from '../core/versions.js';
import type { BundleSource } from '../bundle/source.js';
import type { Rule } from '../rules/api.js';
import { lintSource, type FileResult } from './lint.js';
import { resolveSettings } from './presets.js';

export interface RunOptions {
  rules: readonly Rule[];
  preset?: PresetName;
  ruleOverrides?: ReadonlyMap<string, SeveritySetting>;
  configOnly?: boolean;
  specVersion?: SpecVersion;
  maxConfigSize?: number;
  /** Bundles in flight at once; default: the number of CPUs. */
  concurrency?: number;
}

export async function lintSources(sources: readonly BundleSource[], opts: RunOptions): Promise<FileResult[]> {
  const settings = resolveSettings(
    opts.rules.map((r) => r.meta),
    opts.preset ?? 'recommended',
    opts.ruleOverrides,
  );
  const lintOpts = {
    rules: opts.rules,
    settings,
    ...(opts.configOnly !== undefined && { configOnly: opts.configOnly }),
    ...(opts.specVersion !== undefined && { specVersion: opts.specVersion }),
    ...(opts.maxConfigSize !== undefined && { maxConfigSize: opts.maxConfigSize }),
  };
  const results = new Array<FileResult>(sources.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < sources.length) {
      const i = next++;
      const source = sources[i]!;
      try {
        results[i] = await lintSource(source, lintOpts);
      } finally {
        source.close?.();
      }
    }
  };
  const width = Math.max(1, Math.min(opts.concurrency ?? availableParallelism(), sources.length));
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}
