// The corpus of realistic configs (test/corpus/README.md) and its findings, as the golden file
// records them: hand-written configs under test/corpus/configs/, the committed real configs of
// fixtures/real/, and the configs real tools write at test time (generated.ts).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { cliPath, fixturesDir, repoRoot } from '../helpers/paths.js';
import { GENERATED, generate, type GeneratedEntry } from './generated.js';
import { toolVersion, TOOLS, type Tool } from './tools.js';

export const CORPUS_DIR = path.join(repoRoot, 'test', 'corpus');
export const CONFIGS_DIR = path.join(CORPUS_DIR, 'configs');
export const GOLDEN_FILE = path.join(CORPUS_DIR, 'findings.txt');

export interface Entry {
  id: string;
  /** What it is, one line. */
  what: string;
  /** The file or bundle directory ocilint is given. */
  path: string;
  /** Linted without its rootfs. */
  configOnly: boolean;
  /** The tool that wrote it at test time, if any. */
  tool?: Tool;
  hostDependent?: boolean;
}

/** The hand-written configs: `configs/<name>.json`, each described by a row of test/corpus/README.md. */
export function handWritten(): Entry[] {
  const described = readDescriptions();
  return fs
    .readdirSync(CONFIGS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.json'.length);
      return { id: `configs/${name}`, what: described.get(name) ?? '', path: path.join(CONFIGS_DIR, f), configOnly: true };
    });
}

/** `| `name.json` | what it models | where its shape comes from |` rows of test/corpus/README.md. */
function readDescriptions(): Map<string, string> {
  const out = new Map<string, string>();
  const text = fs.readFileSync(path.join(CORPUS_DIR, 'README.md'), 'utf8');
  for (const m of text.matchAll(/^\| `([\w.-]+)\.json` \| ([^|]+) \|/gm)) out.set(m[1]!, m[2]!.trim());
  return out;
}

/** The committed configs of fixtures/real (some by tools not installed here: dockerd, containerd). */
export function realFixtures(): Entry[] {
  const real = path.join(fixturesDir, 'real');
  return fs
    .readdirSync(real)
    .filter((n) => fs.existsSync(path.join(real, n, 'config.json')))
    .sort()
    .map((n) => ({ id: `real/${n}`, what: 'fixtures/real (see its README.md)', path: path.join(real, n), configOnly: false }));
}

export interface Generation {
  entries: Entry[];
  /** Entries that could not be made here, with why. */
  missing: Map<string, string>;
  /** Versions of the tools that are installed. */
  versions: Map<Tool, string>;
}

/** Makes the generated configs under `out`, with the tools that are installed. */
export function generateAll(out: string, scratch: string): Generation {
  const versions = new Map<Tool, string>();
  for (const t of TOOLS) {
    const v = toolVersion(t);
    if (v !== undefined) versions.set(t, v);
  }
  // buildah and podman share the image umoci builds.
  const needs = (e: GeneratedEntry): Tool[] => (e.tool === 'podman' || e.tool === 'buildah' ? ['umoci', 'podman', e.tool] : [e.tool]);
  const missing = new Map<string, string>();
  const possible = GENERATED.filter((e) => {
    const absent = needs(e).find((t) => !versions.has(t));
    if (absent) missing.set(e.id, `${absent} is not installed`);
    return !absent;
  });
  for (const [id, why] of generate(possible, out, scratch)) missing.set(id, why);
  const entries = possible
    .filter((e) => !missing.has(e.id))
    .map((e): Entry => ({ id: e.id, what: e.what, path: path.join(out, e.id), configOnly: !e.rootfs, tool: e.tool, ...(e.hostDependent && { hostDependent: true }) }));
  return { entries, missing, versions };
}

interface JsonMessage {
  ruleId: string;
  messageId: string;
  severity: string;
  line: number;
  column: number;
  pointer: string | null;
  rootfsPath: string | null;
  related?: unknown[];
}
interface JsonResult {
  filePath: string;
  errorCount: number;
  warningCount: number;
  infoCount: number;
  messages: JsonMessage[];
}

export interface Section {
  id: string;
  /** The heading line and the findings, as the golden file has them. */
  text: string;
  counts: { errors: number; warnings: number; infos: number };
}

/**
 * Lints the entries with the real command line (default preset, no --target, no configuration
 * file), the config-only ones in one run and the others in another, and returns one section each.
 */
export function lintEntries(entries: readonly Entry[]): Section[] {
  const byFile = new Map<string, JsonResult>();
  for (const configOnly of [true, false]) {
    const group = entries.filter((e) => e.configOnly === configOnly);
    if (group.length === 0) continue;
    const args = [cliPath, '-f', 'json', '--no-config-lookup', ...(configOnly ? ['--config-only'] : []), ...group.map((e) => e.path)];
    const r = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000, env: cleanEnv() });
    if (r.status !== 0 && r.status !== 1) throw new Error(`ocilint exited ${r.status}: ${r.stderr}`);
    for (const res of (JSON.parse(r.stdout) as { results: JsonResult[] }).results) byFile.set(path.resolve(repoRoot, res.filePath), res);
  }
  return entries.map((e) => {
    const file = e.path.endsWith('.json') ? e.path : path.join(e.path, 'config.json');
    const res = byFile.get(path.resolve(file));
    if (!res) throw new Error(`no result for ${e.id} (${file})`);
    return section(e, res);
  });
}

function section(e: Entry, res: JsonResult): Section {
  const counts = { errors: res.errorCount, warnings: res.warningCount, infos: res.infoCount };
  const lines = [`## ${e.id}: ${counts.errors} errors, ${counts.warnings} warnings, ${counts.infos} infos`, `# ${e.what}`];
  for (const m of res.messages) {
    const where = m.pointer ?? (m.rootfsPath !== null ? `rootfs:${m.rootfsPath}` : '(file)');
    const related = m.related?.length ? `  (+${m.related.length} related)` : '';
    lines.push(`${`${m.line}:${m.column}`.padEnd(8)} ${m.severity.padEnd(7)} ${m.ruleId}/${m.messageId}  ${where}${m.rootfsPath !== null && m.pointer !== null ? ` rootfs:${m.rootfsPath}` : ''}${related}`);
  }
  return { id: e.id, text: lines.join('\n') + '\n', counts };
}

/** The environment of the linting run: no OCILINT_* settings and no colour from the caller's. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const k of Object.keys(env)) if (k.startsWith('OCILINT_') || k === 'FORCE_COLOR') delete env[k];
  return env;
}

export interface Golden {
  host: string;
  tools: Map<Tool, string>;
  sections: Map<string, string>;
}

export function readGolden(text: string): Golden {
  const host = /^# host: (.*)$/m.exec(text)?.[1] ?? '';
  const tools = new Map<Tool, string>();
  for (const t of (/^# tools: (.*)$/m.exec(text)?.[1] ?? '').split(', ')) {
    const [name] = t.split(' ');
    if (name && (TOOLS as readonly string[]).includes(name)) tools.set(name as Tool, t);
  }
  const sections = new Map<string, string>();
  for (const part of text.split(/^(?=## )/m).slice(1)) sections.set(/^## ([^:]+):/.exec(part)![1]!, part.replace(/\n+$/, '\n'));
  return { host, tools, sections };
}

export function writeGolden(sections: readonly Section[], host: string, versions: ReadonlyMap<Tool, string>): string {
  const total = sections.reduce((t, s) => ({ errors: t.errors + s.counts.errors, warnings: t.warnings + s.counts.warnings, infos: t.infos + s.counts.infos }), { errors: 0, warnings: 0, infos: 0 });
  const head = [
    '# Every finding of ocilint on the corpus (test/corpus/README.md): default preset, no --target,',
    '# no configuration file. Each line: line:column, severity, rule/message id, JSON pointer.',
    '# After a change of behaviour, regenerate with `npm run golden` and review the difference.',
    `# host: ${host}`,
    `# tools: ${[...versions.values()].join(', ')}`,
    `# total: ${sections.length} configs, ${total.errors} errors, ${total.warnings} warnings, ${total.infos} infos`,
    '',
  ];
  return head.join('\n') + '\n' + sections.map((s) => s.text).join('\n');
}
