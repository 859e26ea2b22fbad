// Finding and reading configuration files. For each linted file the nearest `.ocilint.yaml`,
// `.ocilint.yml` or `.ocilint.json` wins, searched from the file's directory upward and stopping
// at the repository root (a directory holding `.git`); files do not cascade, so what applies is
// always one file (`--print-config` shows it). `-c FILE` replaces the lookup for every path.

import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import type { ConfigIgnore } from '../engine/suppress.js';
import type { SourceSettings } from '../engine/options.js';
import { ConfigError, validateConfig, type ConfigProblem, type OcilintConfig } from './validate.js';
import { excerpt, indexText, locateProblems } from './locate.js';
import { JsonDocument } from '../json/document.js';
import { errnoWords } from '../core/errno.js';
import { globMatcher } from '../core/glob.js';

export const CONFIG_NAMES = ['.ocilint.yaml', '.ocilint.yml', '.ocilint.json'] as const;

export interface LoadedConfig extends OcilintConfig {
  /** The file as given or found. */
  file: string;
  dir: string;
}

/** What the engine needs for one linted file. */
/** What the configuration file that applies to a source says for it (engine/options.ts), and which file that is. */
export type SourceConfig = SourceSettings & { file: string | undefined } & Required<Pick<SourceSettings, 'rules'>> & { ignores: ConfigIgnore[]; unsuppressible: readonly string[] };

export interface ConfigResolverOptions {
  /** -c FILE: this file for every path, no lookup. */
  configFile?: string;
  /** false with --no-config-lookup. */
  lookup?: boolean;
  ruleIds: readonly string[];
  /** Renamed rule ids (old -> new): accepted, with a warning (onWarning). */
  renamedRules?: Readonly<Record<string, string>>;
  cwd: string;
  /** Today as YYYY-MM-DD (injectable for tests). */
  today?: string;
  /** Called once per expired ignore entry. */
  onWarning?: (message: string) => void;
}

export class ConfigResolver {
  private readonly byDir = new Map<string, LoadedConfig | undefined>();
  private readonly byFile = new Map<string, LoadedConfig>();
  private readonly warned = new Set<string>();
  private readonly explicit: LoadedConfig | undefined;

  constructor(private readonly opts: ConfigResolverOptions) {
    if (opts.configFile !== undefined) this.explicit = this.read(path.resolve(opts.cwd, opts.configFile), opts.configFile);
  }

  /**
   * The configuration for a linted file (its config.json path, or a stdin name), or undefined.
   * `names`: the entries of the file's directory, when the caller has listed it. `from`: where
   * the lookup starts instead of the file's directory (an archive's directory).
   */
  configFor(target: string, names?: ReadonlySet<string>, from?: string): LoadedConfig | undefined {
    if (this.explicit) return this.explicit;
    if (this.opts.lookup === false) return undefined;
    return this.lookup(from ?? path.dirname(path.resolve(this.opts.cwd, target)), names);
  }

  /** The effective settings for a linted file, with the ignores whose paths match it. */
  sourceConfig(target: string, bundleDir: string | undefined, names?: ReadonlySet<string>, from?: string): SourceConfig | undefined {
    const cfg = this.configFor(target, names, from);
    if (!cfg) return undefined;
    const today = this.opts.today ?? new Date().toISOString().slice(0, 10);
    const ignores: ConfigIgnore[] = [];
    for (const ig of cfg.ignores) {
      const source = `${cfg.file}#ignores[${ig.index}]`;
      if (ig.expires !== undefined && ig.expires < today) {
        if (!this.warned.has(source)) {
          this.warned.add(source);
          this.opts.onWarning?.(`${source} expired on ${ig.expires} and no longer applies (reason was: ${ig.reason})`);
        }
        continue;
      }
      if (ig.paths && !matchesAny(ig.paths, cfg.dir, [target, ...(bundleDir !== undefined ? [bundleDir] : [])], this.opts.cwd)) continue;
      ignores.push({ rules: ig.rules, reason: ig.reason, source });
    }
    return {
      file: cfg.file,
      preset: cfg.extends,
      rules: cfg.rules,
      specVersion: cfg.specVersion,
      configOnly: cfg.configOnly,
      inlineSuppressions: cfg.inlineSuppressions,
      unsuppressible: cfg.unsuppressible,
      ignores,
    };
  }

  private lookup(dir: string, names?: ReadonlySet<string>): LoadedConfig | undefined {
    if (this.byDir.has(dir)) return this.byDir.get(dir);
    // A name missing from the listing needs no stat; one present may still be a directory.
    const present = CONFIG_NAMES.filter((n) => (names === undefined || names.has(n)) && isFile(path.join(dir, n)));
    let found: LoadedConfig | undefined;
    if (present.length > 1) throw new ConfigError(`${this.display(path.join(dir, present[0]!))}: ${present.join(' and ')} are both in ${this.display(dir) || '.'}; keep one`);
    if (present.length === 1) {
      const abs = path.join(dir, present[0]!);
      found = this.read(abs, this.display(abs));
    } else {
      const parent = path.dirname(dir);
      const atRepoRoot = names ? names.has('.git') : fs.existsSync(path.join(dir, '.git'));
      found = atRepoRoot || parent === dir ? undefined : this.lookup(parent);
    }
    this.byDir.set(dir, found);
    return found;
  }

  private display(abs: string): string {
    const rel = path.relative(this.opts.cwd, abs);
    return rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel;
  }

  private read(abs: string, shown: string): LoadedConfig {
    const cached = this.byFile.get(abs);
    if (cached) return cached;
    let text: string;
    try {
      text = fs.readFileSync(abs, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new ConfigError(`${shown}: cannot read the configuration file (${code === 'ENOENT' ? 'no such file' : errnoWords(e)})`);
    }
    const kind = abs.endsWith('.json') ? 'json' : 'yaml';
    const raw = parseConfigText(text, shown, kind);
    let valid: OcilintConfig;
    try {
      valid = validateConfig(raw, shown, this.opts.ruleIds, this.opts.renamedRules && { renamed: this.opts.renamedRules, warn: (m) => this.opts.onWarning?.(m) });
    } catch (e) {
      // Each problem with its line, column and the line itself.
      if (e instanceof ConfigError) locateProblems(text, kind, e.problems, kind === 'yaml' ? loadYaml() : undefined);
      throw e;
    }
    const cfg: LoadedConfig = { ...valid, file: shown, dir: path.dirname(abs) };
    this.byFile.set(abs, cfg);
    return cfg;
  }
}

/** Parses JSON or YAML (YAML only loads the yaml package when a YAML file is actually read). */
export function parseConfigText(text: string, shown: string, kind: 'json' | 'yaml'): unknown {
  if (kind === 'json') {
    try {
      return JSON.parse(text) as unknown;
    } catch (e) {
      // The parser's message names an offset; the problem names the line and shows it.
      const doc = new JsonDocument(text);
      const index = indexText(text);
      const problems = doc.problems.map((p) => ({ message: `not valid JSON: ${p.message}`, at: [], ...excerpt(text, p.start, p.end, index) }));
      if (problems.length === 0) problems.push({ message: `not valid JSON: ${(e as Error).message}`, at: [], ...excerpt(text, 0, 0) });
      throw new ConfigError(`${shown}: ${problems.map((p) => `${p.line}:${p.column}: ${p.message}`).join('; ')}`, shown, problems);
    }
  }
  // Loaded lazily: a run without a YAML configuration never pays for the parser.
  const yaml = loadYaml();
  const doc = yaml.parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length) {
    // The parser's message ends in its own excerpt; ours follows the one-line problem instead.
    const index = indexText(text);
    const problems: ConfigProblem[] = doc.errors.map((e) => ({
      message: `not valid YAML: ${e.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '').split('\n')[0]!}`,
      at: [],
      ...excerpt(text, e.pos[0], e.pos[1], index),
    }));
    throw new ConfigError(`${shown}: ${problems.map((p) => `${p.line}:${p.column}: ${p.message}`).join('; ')}`, shown, problems);
  }
  return doc.toJS() as unknown;
}

type YamlModule = typeof import('yaml');
let yamlModule: YamlModule | undefined;
function loadYaml(): YamlModule {
  yamlModule ??= createRequire(import.meta.url)('yaml') as YamlModule;
  return yamlModule;
}

function isFile(p: string): boolean {
  try {
    // Most directories hold none of the names: no exception built for each one that is absent.
    return fs.statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

/**
 * Whether a glob of an ignore entry, taken relative to the config file's directory, matches the
 * linted file, its bundle directory, or a directory above them: `legacy`, `legacy/`, `legacy/**`
 * and `legacy/*\/config.json` all cover legacy/app/config.json.
 */
export function matchesAny(globs: readonly string[], base: string, targets: readonly string[], cwd: string): boolean {
  const match = globMatcher(globs);
  for (const t of targets) {
    let rel = path.relative(base, path.resolve(cwd, t));
    if (rel.startsWith('..') || path.isAbsolute(rel)) continue;
    rel = rel.split(path.sep).join('/');
    const parts = rel.split('/');
    for (let i = parts.length; i > 0; i--) if (match(parts.slice(0, i).join('/'))) return true;
  }
  return false;
}
