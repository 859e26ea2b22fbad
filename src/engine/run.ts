// Lints many bundle sources and returns their results in input order.

import type { PresetName, SeveritySetting, Target } from '../core/types.js';
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
  targets?: readonly Target[];
}

export async function lintSources(sources: readonly BundleSource[], opts: RunOptions): Promise<FileResult[]> {
  const settings = resolveSettings(
    opts.rules.map((r) => r.meta),
    opts.preset ?? 'recommended',
    opts.ruleOverrides,
  );
  const results: FileResult[] = [];
  for (const source of sources) {
    results.push(
      await lintSource(source, {
        rules: opts.rules,
        settings,
        ...(opts.configOnly !== undefined && { configOnly: opts.configOnly }),
        ...(opts.specVersion !== undefined && { specVersion: opts.specVersion }),
        ...(opts.maxConfigSize !== undefined && { maxConfigSize: opts.maxConfigSize }),
        ...(opts.targets !== undefined && { targets: opts.targets }),
      }),
    );
  }
  return results;
}
