// The language server's settings, from the client's initializationOptions and its `ocilint`
// configuration section. They are the command line's `--target` and `--host-specific`, plus which
// files besides config.json are configs. Everything else comes from `.ocilint.yaml` as on the
// command line. A bad value is named in a warning and left at its default; it never stops the server.

import { TARGETS, type TargetSpec } from '../core/types.js';
import { parseTarget } from '../core/runtimes.js';
import { closest } from '../core/suggest.js';

export interface ServerSettings {
  /** --target: the runtimes (and releases: runc@1.1, crun@1.8..1.14) that will run the bundles. */
  targets: readonly TargetSpec[];
  /** --host-specific: checks against this machine. */
  hostSpecific: boolean;
  /** Globs of files that are configs besides every `config.json` (matched against the path from the workspace root). */
  configFiles: readonly string[];
}

export const DEFAULT_SETTINGS: ServerSettings = { targets: [], hostSpecific: false, configFiles: [] };

/** The settings the server reads (editors/vscode/package.json declares each as ocilint.<key>). */
export const SETTING_KEYS = ['target', 'hostSpecific', 'configFiles'] as const;

/**
 * Reads settings from what a client sent (`{ target, hostSpecific, configFiles }`, or the same
 * under an `ocilint` key), on top of `base`. Returns them with a warning for each value not taken.
 */
export function readSettings(raw: unknown, base: ServerSettings = DEFAULT_SETTINGS): { settings: ServerSettings; warnings: string[] } {
  const warnings: string[] = [];
  const settings: ServerSettings = { ...base };
  if (raw === undefined || raw === null) return { settings, warnings };
  if (!isRecord(raw)) return { settings, warnings: [`the settings must be an object, got ${describe(raw)}`] };
  const src = isRecord(raw['ocilint']) ? raw['ocilint'] : raw;
  for (const [key, value] of Object.entries(src)) {
    if (value === undefined || value === null) continue;
    switch (key) {
      case 'target': {
        const list = typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter((s) => s !== '') : value;
        if (!Array.isArray(list) || list.some((t) => typeof t !== 'string')) {
          warnings.push(`ocilint.target must be a runtime name or a list of them (${TARGETS.join(', ')}), got ${describe(value)}`);
          break;
        }
        const taken: TargetSpec[] = [];
        for (const t of list as string[]) {
          const parsed = parseTarget(t);
          if (typeof parsed !== 'string') {
            taken.push(t.trim() as TargetSpec);
            continue;
          }
          const name = t.split('@')[0]!.trim();
          const hint = (TARGETS as readonly string[]).includes(name) ? undefined : closest(name, TARGETS);
          warnings.push(`ocilint.target: ${parsed}${hint ? `; did you mean "${hint}"?` : ''}`);
        }
        settings.targets = [...new Set(taken)];
        break;
      }
      case 'hostSpecific':
        if (typeof value === 'boolean') settings.hostSpecific = value;
        else warnings.push(`ocilint.hostSpecific must be true or false, got ${describe(value)}`);
        break;
      case 'configFiles':
        if (Array.isArray(value) && value.every((g) => typeof g === 'string' && g !== '')) settings.configFiles = value as string[];
        else warnings.push(`ocilint.configFiles must be a list of glob patterns, got ${describe(value)}`);
        break;
      default: {
        const hint = closest(key, SETTING_KEYS);
        warnings.push(`unknown setting "ocilint.${key}"${hint ? `; did you mean "ocilint.${hint}"?` : ''} (known: ${SETTING_KEYS.join(', ')})`);
      }
    }
  }
  return { settings, warnings };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
