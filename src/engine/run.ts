// Lints many bundle sources and returns their results in input order, whatever order they finish
// in. At most `concurrency` bundles are in flight at once; each source is closed (its archive index
// dropped) as soon as its result is in, and a result holds only diagnostics, never the document.

import { availableParallelism } from 'node:os';

import type { PresetName, SeveritySetting } from '../core/types.js';
import { InputError, type BundleSource } from '../bundle/source.js';
import { DEFAULT_MAX_CONFIG_SIZE, failedResult, lintSource, type FileResult } from './lint.js';
import { lintFixing } from './fix-source.js';
import { resolveSettings, type RuleSettings } from './presets.js';
import type { BundleOptions, RunOptions, SourceSettings } from './options.js';

export type { RunOptions, SourceSettings } from './options.js';

/**
 * Lints one source with the run's options and the settings a configuration file gives it. Rule
 * settings are resolved once per distinct configuration.
 */
function sourceLinter(opts: RunOptions): (source: BundleSource, cfg: SourceSettings | undefined) => Promise<FileResult> {
  const resolve = (cfg: SourceSettings | undefined): RuleSettings => {
    const overrides = new Map([...(cfg?.rules ?? []), ...(opts.ruleOverrides ?? [])]);
    return resolveSettings(opts.rules.map((r) => r.meta), opts.preset ?? cfg?.preset ?? 'recommended', overrides);
  };
  // A configuration file's settings come as a new object for each source, but its `rules` map is
  // the same object for every source it applies to: keyed by that map and the preset, a batch
  // under one file resolves its settings once, without serialising the map for each bundle.
  const byRules = new WeakMap<ReadonlyMap<string, SeveritySetting>, Map<PresetName | undefined, RuleSettings>>();
  const byPreset = new Map<PresetName | undefined, RuleSettings>();
  const settingsOf = (cfg: SourceSettings | undefined): RuleSettings => {
    let cache = byPreset;
    if (cfg?.rules !== undefined) {
      const known = byRules.get(cfg.rules);
      if (known) cache = known;
      else byRules.set(cfg.rules, (cache = new Map()));
    }
    let s = cache.get(cfg?.preset);
    if (!s) cache.set(cfg?.preset, (s = resolve(cfg)));
    return s;
  };
  return (source, cfg) => {
    const configOnly = opts.configOnly ?? cfg?.configOnly;
    const specVersion = opts.specVersion ?? cfg?.specVersion;
    const inline = opts.inlineSuppressions ?? cfg?.inlineSuppressions;
    const lintOpts: BundleOptions = {
      rules: opts.rules,
      settings: settingsOf(cfg),
      ...(configOnly !== undefined && { configOnly }),
      ...(specVersion !== undefined && { specVersion }),
      ...(opts.maxConfigSize !== undefined && { maxConfigSize: opts.maxConfigSize }),
      ...(opts.targets !== undefined && { targets: opts.targets }),
      ...(inline !== undefined && { inlineSuppressions: inline }),
      ...(opts.host !== undefined && { host: opts.host }),
      ...(cfg?.ignores?.length && { ignores: cfg.ignores }),
      ...(cfg?.unsuppressible?.length && { unsuppressible: cfg.unsuppressible }),
      ...(opts.onLargeConfig !== undefined && { onLargeConfig: opts.onLargeConfig }),
      ...(opts.fix !== undefined && { fix: opts.fix }),
    };
    if (lintOpts.fix) return lintFixing(source, lintOpts, lintOpts.fix);
    return opts.cache ? opts.cache.lint(source, lintOpts, (s) => lintSource(s, lintOpts)) : lintSource(source, lintOpts);
  };
}

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/**
 * Records the config's bytes as the source reads them, and returns how to get its text after
 * the lint: those bytes, or (a result from the cache, which reads nothing) a new read. Decoded
 * as JsonDocument decodes, so that positions match the text.
 */
function keepText(source: BundleSource): (limit: number | undefined) => Promise<{ configText?: string }> {
  let bytes: Uint8Array | undefined;
  const read = source.readConfig.bind(source);
  source.readConfig = async (limit) => (bytes = await read(limit));
  return async (limit) => {
    const own = source.findingText?.();
    if (own !== undefined) return { configText: own };
    if (bytes === undefined && source.hasFilesystem) bytes = await read(limit ?? DEFAULT_MAX_CONFIG_SIZE).catch(() => undefined);
    return bytes === undefined ? {} : { configText: decoder.decode(bytes) };
  };
}

export async function lintSources(sources: readonly BundleSource[], opts: RunOptions): Promise<FileResult[]> {
  const lint = sourceLinter(opts);
  const results = new Array<FileResult>(sources.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < sources.length) {
      const i = next++;
      const source = sources[i]!;
      try {
        const kept = opts.keepSource ? keepText(source) : undefined;
        // A defect that fails one bundle is that bundle's finding; the others are still linted.
        const result = await lint(source, opts.settingsFor?.(source)).catch((e: unknown) => {
          if (e instanceof InputError) throw e;
          return failedResult(source, e);
        });
        // A copy: a cached result must not carry the text into the cache file.
        // A fixed config's findings are of the fixed text.
        results[i] = kept ? { ...result, ...(result.fixes ? { configText: result.fixes.output } : await kept(opts.maxConfigSize)) } : result;
      } finally {
        source.close?.();
      }
    }
  };
  // One bundle needs one worker: node:os is not loaded to learn so (a cold start loads it late).
  const width = sources.length < 2 ? 1 : Math.max(1, Math.min(opts.concurrency ?? availableParallelism(), sources.length));
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}
