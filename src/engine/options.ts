// The options of a lint, declared once. BundleOptions is everything a bundle's result depends on
// besides the bundle itself; the run's options, a configuration file's settings and the public
// library options (src/index.ts) are made of these fields, picked by name, plus their own.

import type { Category, PresetName, SeveritySetting, TargetSpec } from '../core/types.js';
import type { SpecVersion } from '../core/versions.js';
import type { HostView } from '../bundle/host.js';
import type { BundleSource } from '../bundle/source.js';
import type { LintCache } from './cache.js';
import type { AnyRule } from '../rules/api.js';
import type { RuleSettings } from './presets.js';
import type { ConfigIgnore } from './suppress.js';

export interface BundleOptions {
  /** Every rule that may run: the registry, or a test's own list. */
  rules: readonly AnyRule[];
  /** Each rule's severity (from the preset, the configuration file and --rule); a rule missing here is off. */
  settings: RuleSettings;
  /** Skip every rootfs check (config templates without a rootfs). */
  configOnly?: boolean;
  /** Check against this release instead of the one ociVersion declares. */
  specVersion?: SpecVersion;
  /** Largest config.json read, in bytes. */
  maxConfigSize?: number;
  /**
   * Runtimes that will run the bundle, each alone (its newest release) or with the releases meant
   * (`runc@1.2`, `crun@1.8..1.14`): adds their own checks and grades findings by what they do.
   */
  targets?: readonly TargetSpec[];
  /** Honour dev.ocilint.ignore annotations (default true). */
  inlineSuppressions?: boolean;
  /** `ignores` entries of the configuration file that apply to this file. */
  ignores?: readonly ConfigIgnore[];
  /** Rules whose findings no dev.ocilint.ignore annotation can silence (the configuration's `unsuppressible`). */
  unsuppressible?: readonly string[];
  /** The host view for --host-specific: its rules (meta.hostSpecific) run only when it is given. */
  host?: HostView;
  /** Called after reading a config.json of LARGE_CONFIG_BYTES or more, before it is parsed. */
  onLargeConfig?: () => void;
  /** Apply the findings' fixes to the config's text (in memory): the result is what remains, and `fixes` what was done. */
  fix?: FixOptions;
}

/** Which fixes to apply (both filters at once when both are given), and to which configs. */
export interface FixOptions {
  /** Only the fixes of these rules. */
  rules?: readonly string[];
  /** Only the fixes of rules of these categories. */
  categories?: readonly Category[];
  /**
   * Only configs that are files of a bundle directory, what --fix can write: the others (inside
   * an archive, from standard input) are linted as they are, and their `fixes` say why.
   */
  filesOnly?: boolean;
}

/**
 * How each option enters the key of a cached result (src/engine/cache.ts). The compiler requires
 * an entry for every option, so a new one cannot be forgotten:
 * - `value`: its JSON; `ids`: the ids of the rules; `hash`: a hash of its JSON, taken once per object;
 * - `uncached`: a run with it set is not cached at all (the host can change without the bundle);
 * - `none`: it does not change the result.
 */
export const CACHE_KEY: { readonly [K in keyof BundleOptions]-?: 'value' | 'ids' | 'hash' | 'uncached' | 'none' } = {
  rules: 'ids',
  settings: 'hash',
  configOnly: 'value',
  specVersion: 'value',
  maxConfigSize: 'value',
  targets: 'value',
  inlineSuppressions: 'value',
  ignores: 'value',
  unsuppressible: 'value',
  host: 'uncached',
  onLargeConfig: 'none',
  fix: 'uncached',
};

/** Some of the options, each of which may be left unset (undefined or absent). */
type Unset<T, K extends keyof T> = { [P in K]?: T[P] | undefined };

/** Settings a configuration file gives one source; the run's own options win over them. */
export type SourceSettings = Unset<BundleOptions, 'configOnly' | 'specVersion' | 'inlineSuppressions' | 'unsuppressible' | 'ignores'> & {
  preset?: PresetName | undefined;
  /** Rule severities the file sets (the same map object for every source the file applies to). */
  rules?: ReadonlyMap<string, SeveritySetting>;
};

/** The options of a run over many sources. */
export type RunOptions = Pick<BundleOptions, 'rules'> &
  Partial<Pick<BundleOptions, 'configOnly' | 'specVersion' | 'maxConfigSize' | 'targets' | 'inlineSuppressions' | 'host' | 'onLargeConfig' | 'fix'>> & {
    preset?: PresetName;
    /** Per-rule severities on top of the preset and the configuration file (--rule). */
    ruleOverrides?: ReadonlyMap<string, SeveritySetting>;
    /** The configuration file's settings for a source (see src/config/). */
    settingsFor?: (source: BundleSource) => SourceSettings | undefined;
    /** Bundles in flight at once; default: the number of CPUs. */
    concurrency?: number;
    /** Results of unchanged bundles from an earlier run, and where this run's are kept (--cache). */
    cache?: LintCache;
    /** Keep each config's text in its result (FileResult.configText), for reports that show the source. */
    keepSource?: boolean;
  };
