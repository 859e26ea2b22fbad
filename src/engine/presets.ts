// Which rules run, and at what severity: a preset, then per-rule settings on top.
//
//   recommended  syntax, spec, runtime and best-practice rules at their default severity;
//                security rules of critical or high securitySeverity as warnings, the rest off.
//   restricted   as recommended, with every security rule an error (a PSS-restricted-like gate).
//   all          every rule at its default severity.
//
// A rule whose meta.presets is given is off in the presets it does not list.

import type { PresetName, RuleMeta, SeveritySetting } from '../core/types.js';

export const PRESETS: readonly PresetName[] = ['recommended', 'restricted', 'all'];

export interface RuleSetting {
  severity: SeveritySetting;
  /** True when the severity is the rule's own default, so a report may pick its own level. */
  atDefault: boolean;
}
export type RuleSettings = Map<string, RuleSetting>;

export function presetSeverity(meta: RuleMeta, preset: PresetName): SeveritySetting {
  if (meta.presets && !meta.presets.includes(preset)) return 'off';
  if (meta.category !== 'security') return meta.defaultSeverity;
  switch (preset) {
    case 'all':
      return meta.defaultSeverity;
    case 'restricted':
      return 'error';
    case 'recommended':
      return meta.securitySeverity === 'critical' || meta.securitySeverity === 'high' ? 'warning' : 'off';
  }
}

export function resolveSettings(
  metas: readonly RuleMeta[],
  preset: PresetName,
  overrides: ReadonlyMap<string, SeveritySetting> = new Map(),
): RuleSettings {
  const out: RuleSettings = new Map();
  for (const meta of metas) {
    const override = overrides.get(meta.id);
    const severity = override ?? presetSeverity(meta, preset);
    out.set(meta.id, { severity, atDefault: severity === meta.defaultSeverity });
  }
  return out;
}
