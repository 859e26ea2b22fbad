// Strict validation of an ocilint configuration file. Every unknown key and bad value is an
// error that names the key (with a "did you mean"), because a setting that is silently not
// applied is the complaint users of other linters raise most (hadolint#624, ShellCheck rc keys).
// schemas/ocilint-config.schema.json describes the same shape for editors; a test checks that
// the two agree on a set of examples.

import type { PresetName, SeveritySetting } from '../core/types.js';
import { SPEC_VERSIONS, type SpecVersion } from '../core/versions.js';
import { closest, closestRule, didYouMean, renamedWarning, suggestions } from '../core/suggest.js';

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

/** One problem of a configuration file: what is wrong, and the key or value it is about. */
export interface ConfigProblem {
  message: string;
  /** The path of keys and indices in the file (empty: the whole file). */
  at: readonly (string | number)[];
  /** Whether the problem is the key itself (an unknown key or rule id) rather than its value. */
  key?: boolean;
  /** Where it is in the file, once located (load.ts): 1-based. */
  line?: number;
  column?: number;
  /** The lines of the file around it, as printed under the message. */
  excerpt?: string[];
}

/** A configuration problem: exit code 2. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  /** The file's problems one by one, when it has several (the message lists them too). */
  problems: ConfigProblem[];
  /** The file as reports name it, when the error is about one. */
  file: string | undefined;
  constructor(message: string, file?: string, problems: ConfigProblem[] = []) {
    super(message);
    this.file = file;
    this.problems = problems;
  }
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
  const problems: ConfigProblem[] = [];
  const problem = (message: string, at: readonly (string | number)[], key = false): void => void problems.push({ message, at, ...(key && { key }) });
  /** The id as the configuration means it: a renamed id becomes the new one, with a warning. */
  const current = (id: string, where: string): string => {
    const now = renames && Object.prototype.hasOwnProperty.call(renames.renamed, id) ? renames.renamed[id] : undefined;
    if (now === undefined) return id;
    renames!.warn(renamedWarning(`${file}: ${where}`, id, now));
    return now;
  };
  const cfg: OcilintConfig = { extends: undefined, rules: new Map(), ignores: [], specVersion: undefined, configOnly: undefined, inlineSuppressions: undefined, unsuppressible: [] };
  if (raw === null || raw === undefined) return cfg; // an empty file: all defaults
  if (!isRecord(raw)) {
    const message = `the configuration must be a mapping of keys (extends, rules, ignores, ...), got ${Array.isArray(raw) ? 'a list' : show(raw)}`;
    throw new ConfigError(`${file}: ${message}`, file, [{ message, at: [] }]);
  }

  for (const [key, value] of Object.entries(raw)) {
    switch (key) {
      case '$schema':
        if (typeof value !== 'string') problem(`$schema: must be a string, got ${show(value)}`, [key]);
        break;
      case 'extends': {
        const v = Array.isArray(value) && value.length === 1 ? value[0] : value;
        if (typeof v === 'string' && (PRESET_NAMES as readonly string[]).includes(v)) cfg.extends = v as PresetName;
        else {
          const hint = typeof v === 'string' ? suggestions(v, PRESET_NAMES) : [];
          problem(`extends: must be one of ${PRESET_NAMES.join(', ')}, got ${show(value)}${didYouMean(hint)}`, [key]);
        }
        break;
      }
      case 'rules':
        if (!isRecord(value)) {
          problem(`rules: must be a mapping of rule id to severity, got ${show(value)}`, [key]);
          break;
        }
        for (const [written, sev] of Object.entries(value)) {
          const id = current(written, `rules.${written}`);
          if (!ruleIds.includes(id)) {
            const hint = closestRule(id, ruleIds, renames?.renamed);
            problem(`rules.${id}: no such rule${hint ? `; did you mean "${hint}"?` : ''} (see ocilint --list-rules)`, [key, written], true);
          } else if (typeof sev === 'string' && (SEVERITIES as readonly string[]).includes(sev)) cfg.rules.set(id, sev as SeveritySetting);
          else {
            const alias = SEVERITY_ALIASES[String(sev)];
            problem(`rules.${id}: must be one of ${SEVERITIES.join(', ')}, got ${show(sev)}${alias ? `; did you mean "${alias}"?` : ''}`, [key, written]);
          }
        }
        break;
      case 'ignores':
        if (!Array.isArray(value)) {
          problem(`ignores: must be a list of {rules, paths, reason, expires}, got ${show(value)}`, [key]);
          break;
        }
        value.forEach((entry, i) => {
          const e = checkIgnore(entry, i, ruleIds, problem, current, renames?.renamed);
          if (e) cfg.ignores.push(e);
        });
        break;
      case 'specVersion':
        if (typeof value === 'string' && (SPEC_VERSIONS as readonly string[]).includes(value)) cfg.specVersion = value as SpecVersion;
        else problem(`specVersion: must be one of ${SPEC_VERSIONS.join(', ')} (a quoted string), got ${show(value)}${didYouMean(suggestions(String(value), SPEC_VERSIONS))}`, [key]);
        break;
      case 'unsuppressible':
        if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
          problem(`unsuppressible: must be a list of rule ids, got ${show(value)}`, [key]);
          break;
        }
        (value as string[]).forEach((written, j) => {
          const id = current(written, 'unsuppressible');
          if (ruleIds.includes(id)) cfg.unsuppressible.push(id);
          else {
            const hint = closestRule(id, ruleIds, renames?.renamed);
            problem(`unsuppressible: no rule "${id}"${hint ? `; did you mean "${hint}"?` : ''} (see ocilint --list-rules)`, [key, j]);
          }
        });
        break;
      case 'configOnly':
      case 'inlineSuppressions':
        if (typeof value === 'boolean') cfg[key] = value;
        else problem(`${key}: must be true or false, got ${show(value)}`, [key]);
        break;
      default:
        problem(unknownKey('', key, TOP_KEYS), [key], true);
    }
  }
  if (problems.length) throw new ConfigError(`${file}: invalid configuration:\n${problems.map((p) => `  - ${p.message}`).join('\n')}`, file, problems);
  return cfg;
}

type Report = (message: string, at: readonly (string | number)[], key?: boolean) => void;

function checkIgnore(entry: unknown, i: number, ruleIds: readonly string[], report: Report, current: (id: string, where: string) => string, renamed?: Readonly<Record<string, string>>): IgnoreEntry | undefined {
  const at = `ignores[${i}]`;
  const path = ['ignores', i];
  if (!isRecord(entry)) {
    report(`${at}: must be a mapping with rules, reason and optionally paths and expires, got ${show(entry)}`, path);
    return undefined;
  }
  let count = 0;
  const problem: Report = (message, where, key) => {
    count++;
    report(message, where, key);
  };
  for (const key of Object.keys(entry)) if (!(IGNORE_KEYS as readonly string[]).includes(key)) problem(unknownKey(`${at}: `, key, IGNORE_KEYS), [...path, key], true);
  const strings = (key: string): string[] | undefined => {
    const v = entry[key];
    const list = typeof v === 'string' ? [v] : v;
    if (!Array.isArray(list) || list.length === 0 || !list.every((x) => typeof x === 'string' && x !== '')) {
      problem(`${at}.${key}: must be a non-empty list of strings, got ${show(v)}`, [...path, key]);
      return undefined;
    }
    return list as string[];
  };
  let rules: string[] | undefined;
  if (entry['rules'] === undefined) problem(`${at}.rules: required: the rule ids to ignore ("*" for every rule)`, path);
  else {
    rules = strings('rules')?.map((id) => current(id, `${at}.rules`));
    (rules ?? []).forEach((id, j) => {
      if (id === '*' || ruleIds.includes(id)) return;
      const hint = closestRule(id, ruleIds, renamed);
      problem(`${at}.rules: no such rule "${id}"${hint ? `; did you mean "${hint}"?` : ''}`, Array.isArray(entry['rules']) ? [...path, 'rules', j] : [...path, 'rules']);
    });
  }
  const paths = entry['paths'] === undefined ? undefined : strings('paths');
  const reason = entry['reason'];
  if (typeof reason !== 'string' || reason.trim() === '') problem(`${at}.reason: required: write why these findings are accepted${reason === undefined ? '' : `, got ${show(reason)}`}`, reason === undefined ? path : [...path, 'reason']);
  let expires: string | undefined;
  if (entry['expires'] !== undefined) {
    const v = entry['expires'] instanceof Date ? entry['expires'].toISOString().slice(0, 10) : entry['expires'];
    if (typeof v === 'string' && isDate(v)) expires = v;
    else problem(`${at}.expires: must be a date written YYYY-MM-DD, got ${show(v)}`, [...path, 'expires']);
  }
  if (count > 0 || !rules) return undefined;
  return { rules, paths, reason: String(reason).trim(), expires, index: i };
}

function isDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}
