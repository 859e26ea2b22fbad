// Strict validation of an ocilint configuration file. Every unknown key and bad value is an
// error that names the key (with a "did you mean"), because a setting that is silently not
// applied is the complaint users of other linters raise most (hadolint#624, ShellCheck rc keys).
// schemas/ocilint-config.schema.json describes the same shape for editors; a test checks that
// the two agree on a set of examples.

import type { PresetName, SeveritySetting } from '../core/types.js';
import { SPEC_VERSIONS, type SpecVersion } from '../core/versions.js';
import { closest, closestRule, renamedWarning } from '../core/suggest.js';

export const PRESET_NAMES: readonly PresetName[] = ['recommended', 'restricted', 'all'];
const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'info', 'off'];
/** Words other linters use, so that an ESLint habit gets a precise hint. */
const SEVERITY_ALIASES: Record<string, SeveritySetting> = { warn: 'warning', '0': 'off', '1': 'warning', '2': 'error', note: 'info', ignore: 'off', none: 'off' };

export const TOP_KEYS = ['$schema', 'extends', 'rules', 'ignores', 'specVersion', 'configOnly', 'inlineSuppressions', 'unsuppressible'] as const;
export const IGNORE_KEYS = ['rules', 'paths', 'reason', 'expires'] as const;

export interface IgnoreEntry {
  rules: string[];
  /** Globs relative to the directory of the configuration file; absent: every file. */
  paths: string[] | undefined;
  reason: string;
  /** YYYY-MM-DD; the ignore applies up to and including this day. */
  expires: string | undefined;
  index: number;
}

export interface OcilintConfig {
  extends: PresetName | undefined;
  rules: Map<string, SeveritySetting>;
  ignores: IgnoreEntry[];
  specVersion: SpecVersion | undefined;
  configOnly: boolean | undefined;
  inlineSuppressions: boolean | undefined;
  /** Rules whose findings no annotation in a bundle can silence. */
  unsuppressible: string[];
}

/** A configuration problem: exit code 2. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v) ?? String(v));

function unknownKey(where: string, key: string, known: readonly string[]): string {
  const hint = closest(key, known);
  return `${where}unknown key "${key}"${hint ? `; did you mean "${hint}"?` : ''} (known keys: ${known.join(', ')})`;
}

/** Rule ids renamed (old -> new), and where to say that an old one was used. */
export interface Renames {
  renamed: Readonly<Record<string, string>>;
  warn: (message: string) => void;
}

/**
 * Checks a parsed configuration; throws ConfigError listing every problem, each naming its key.
 * A renamed rule id is taken as the rule's new id, with a warning.
 */
export function validateConfig(raw: unknown, file: string, ruleIds: readonly string[], renames?: Renames): OcilintConfig {
  const problems: string[] = [];
  /** The id as the configuration means it: a renamed id becomes the new one, with a warning. */
  const current = (id: string, where: string): string => {
    const now = renames && Object.prototype.hasOwnProperty.call(renames.renamed, id) ? renames.renamed[id] : undefined;
    if (now === undefined) return id;
    renames!.warn(renamedWarning(`${file}: ${where}`, id, now));
    return now;
  };
  const cfg: OcilintConfig = { extends: undefined, rules: new Map(), ignores: [], specVersion: undefined, configOnly: undefined, inlineSuppressions: undefined, unsuppressible: [] };
  if (raw === null || raw === undefined) return cfg; // an empty file: all defaults
  if (!isRecord(raw)) throw new ConfigError(`${file}: the configuration must be a mapping of keys (extends, rules, ignores, ...), got ${Array.isArray(raw) ? 'a list' : show(raw)}`);

  for (const [key, value] of Object.entries(raw)) {
    switch (key) {
      case '$schema':
        if (typeof value !== 'string') problems.push(`$schema: must be a string, got ${show(value)}`);
        break;
      case 'extends': {
        const v = Array.isArray(value) && value.length === 1 ? value[0] : value;
        if (typeof v === 'string' && (PRESET_NAMES as readonly string[]).includes(v)) cfg.extends = v as PresetName;
        else {
          const hint = typeof v === 'string' ? closest(v, PRESET_NAMES) : undefined;
          problems.push(`extends: must be one of ${PRESET_NAMES.join(', ')}, got ${show(value)}${hint ? `; did you mean "${hint}"?` : ''}`);
        }
        break;
      }
      case 'rules':
        if (!isRecord(value)) {
          problems.push(`rules: must be a mapping of rule id to severity, got ${show(value)}`);
          break;
        }
        for (const [written, sev] of Object.entries(value)) {
          const id = current(written, `rules.${written}`);
          if (!ruleIds.includes(id)) {
            const hint = closestRule(id, ruleIds, renames?.renamed);
            problems.push(`rules.${id}: no such rule${hint ? `; did you mean "${hint}"?` : ''} (see ocilint --list-rules)`);
          } else if (typeof sev === 'string' && (SEVERITIES as readonly string[]).includes(sev)) cfg.rules.set(id, sev as SeveritySetting);
          else {
            const alias = SEVERITY_ALIASES[String(sev)];
            problems.push(`rules.${id}: must be one of ${SEVERITIES.join(', ')}, got ${show(sev)}${alias ? `; did you mean "${alias}"?` : ''}`);
          }
        }
        break;
      case 'ignores':
        if (!Array.isArray(value)) {
          problems.push(`ignores: must be a list of {rules, paths, reason, expires}, got ${show(value)}`);
          break;
        }
        value.forEach((entry, i) => {
          const e = checkIgnore(entry, i, ruleIds, problems, current, renames?.renamed);
          if (e) cfg.ignores.push(e);
        });
        break;
      case 'specVersion':
        if (typeof value === 'string' && (SPEC_VERSIONS as readonly string[]).includes(value)) cfg.specVersion = value as SpecVersion;
        else problems.push(`specVersion: must be one of ${SPEC_VERSIONS.join(', ')} (a quoted string), got ${show(value)}`);
        break;
      case 'unsuppressible':
        if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
          problems.push(`unsuppressible: must be a list of rule ids, got ${show(value)}`);
          break;
        }
        for (const written of value as string[]) {
          const id = current(written, 'unsuppressible');
          if (ruleIds.includes(id)) cfg.unsuppressible.push(id);
          else {
            const hint = closestRule(id, ruleIds, renames?.renamed);
            problems.push(`unsuppressible: no rule "${id}"${hint ? `; did you mean "${hint}"?` : ''} (see ocilint --list-rules)`);
          }
        }
        break;
      case 'configOnly':
      case 'inlineSuppressions':
        if (typeof value === 'boolean') cfg[key] = value;
        else problems.push(`${key}: must be true or false, got ${show(value)}`);
        break;
      default:
        problems.push(unknownKey('', key, TOP_KEYS));
    }
  }
  if (problems.length) throw new ConfigError(`${file}: invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return cfg;
}

function checkIgnore(entry: unknown, i: number, ruleIds: readonly string[], problems: string[], current: (id: string, where: string) => string, renamed?: Readonly<Record<string, string>>): IgnoreEntry | undefined {
  const at = `ignores[${i}]`;
  if (!isRecord(entry)) {
    problems.push(`${at}: must be a mapping with rules, reason and optionally paths and expires, got ${show(entry)}`);
    return undefined;
  }
  const before = problems.length;
  for (const key of Object.keys(entry)) if (!(IGNORE_KEYS as readonly string[]).includes(key)) problems.push(unknownKey(`${at}: `, key, IGNORE_KEYS));
  const strings = (key: string): string[] | undefined => {
    const v = entry[key];
    const list = typeof v === 'string' ? [v] : v;
    if (!Array.isArray(list) || list.length === 0 || !list.every((x) => typeof x === 'string' && x !== '')) {
      problems.push(`${at}.${key}: must be a non-empty list of strings, got ${show(v)}`);
      return undefined;
    }
    return list as string[];
  };
  let rules: string[] | undefined;
  if (entry['rules'] === undefined) problems.push(`${at}.rules: required: the rule ids to ignore ("*" for every rule)`);
  else {
    rules = strings('rules')?.map((id) => current(id, `${at}.rules`));
    for (const id of rules ?? []) {
      if (id === '*' || ruleIds.includes(id)) continue;
      const hint = closestRule(id, ruleIds, renamed);
      problems.push(`${at}.rules: no such rule "${id}"${hint ? `; did you mean "${hint}"?` : ''}`);
    }
  }
  const paths = entry['paths'] === undefined ? undefined : strings('paths');
  const reason = entry['reason'];
  if (typeof reason !== 'string' || reason.trim() === '') problems.push(`${at}.reason: required: write why these findings are accepted, got ${show(reason)}`);
  let expires: string | undefined;
  if (entry['expires'] !== undefined) {
    const v = entry['expires'] instanceof Date ? entry['expires'].toISOString().slice(0, 10) : entry['expires'];
    if (typeof v === 'string' && isDate(v)) expires = v;
    else problems.push(`${at}.expires: must be a date written YYYY-MM-DD, got ${show(v)}`);
  }
  if (problems.length > before || !rules) return undefined;
  return { rules, paths, reason: String(reason).trim(), expires, index: i };
}

function isDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}
