// Hover in config.json. On a finding: its message with the why and the how, and the rule's
// explanation from its documentation page. On a key: what the field is (key-docs.ts), its type,
// the runtime-spec release that added it, and a link to the spec's section. On a capability,
// mount option or system call name: what it is.

import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MarkupKind, type Hover } from 'vscode-languageserver/node';
import type { Diagnostic, RuleMeta } from '../core/types.js';
import { docsUrl } from '../core/meta.js';
import { SPEC_VERSIONS, compareVersions, type SpecVersion } from '../core/versions.js';
import { CAPABILITY_DOCS, MOUNT_OPTION_DOCS } from './completion-data.js';
import { KEY_DOCS, sectionUrl } from './key-docs.js';
import { locate } from './locate.js';
import { fieldAt, typeName } from './schema-info.js';

const PLATFORM_NAMES: Record<string, string> = { linux: 'Linux', windows: 'Windows', solaris: 'Solaris', vm: 'virtual machines', zos: 'z/OS', freebsd: 'FreeBSD' };

/** Markdown about the findings under the cursor. */
export function findingsHover(findings: readonly Diagnostic[], rules: ReadonlyMap<string, RuleMeta>): string | undefined {
  if (findings.length === 0) return undefined;
  return findings.map((d) => findingText(d, rules.get(d.ruleId))).join('\n\n---\n\n');
}

function findingText(d: Diagnostic, meta: RuleMeta | undefined): string {
  const parts = [`**${escape(d.message)}** (\`${d.ruleId}\`, ${d.severity})`];
  if (d.detail) parts.push(escape(d.detail));
  if (d.help) parts.push(`*Fix:* ${escape(d.help)}`);
  const explanation = ruleExplanation(d.ruleId);
  if (explanation) parts.push(explanation);
  else if (meta) parts.push(escape(meta.description));
  parts.push(`[${d.ruleId}](${docsUrl(d.ruleId)})${meta?.spec ? ` · [runtime-spec](${meta.spec.url}) (${meta.spec.level})` : ''}`);
  return parts.join('\n\n');
}

const explanations = new Map<string, string | undefined>();
const DOCS_DIR = new URL('../../../docs/rules/', import.meta.url);

/** "What it checks" and "Why it matters" of the rule's page (docs/rules/<id>.md), as written. */
export function ruleExplanation(ruleId: string): string | undefined {
  if (explanations.has(ruleId)) return explanations.get(ruleId);
  let text: string | undefined;
  try {
    text = fs.readFileSync(fileURLToPath(new URL(`${ruleId}.md`, DOCS_DIR)), 'utf8');
  } catch {
    text = undefined;
  }
  const out = text === undefined ? undefined : sections(text, ['What it checks', 'Why it matters']);
  explanations.set(ruleId, out);
  return out;
}

function sections(markdown: string, titles: readonly string[]): string | undefined {
  const parts: string[] = [];
  for (const title of titles) {
    const at = markdown.indexOf(`\n## ${title}\n`);
    if (at < 0) continue;
    const start = at + title.length + 5;
    const next = markdown.indexOf('\n## ', start);
    parts.push(`*${title}:* ${markdown.slice(start, next < 0 ? undefined : next).trim()}`);
  }
  return parts.length ? parts.join('\n\n') : undefined;
}

/** Markdown about the key or the name under the cursor, or undefined. */
export function keyHover(text: string, offset: number, version: SpecVersion, declared: string | undefined): string | undefined {
  const spot = locate(text, offset);
  if (!spot || (spot.string === undefined && spot.word === undefined)) return undefined;
  const info = fieldAt(spot.path, version);
  if (!info) return undefined;
  if (spot.kind === 'value') return valueHover(info.key, spot.string?.value);
  const doc = KEY_DOCS[info.key] ?? (info.shapeKey ? KEY_DOCS[info.shapeKey] : undefined);
  const head = `**\`${info.key}\`** · ${typeName(info.node)}${info.platform ? ` · ${PLATFORM_NAMES[info.platform] ?? info.platform}` : ''}`;
  const parts = [head];
  if (doc) parts.push(escape(doc));
  parts.push(releases(info.since, info.until, version, declared));
  const url = sectionUrl(info.key);
  if (url) parts.push(`[runtime-spec: ${url.slice(url.lastIndexOf('/') + 1).replace('#', ', ')}](${url})`);
  return parts.join('\n\n');
}

function releases(since: SpecVersion | undefined, until: SpecVersion | undefined, version: SpecVersion, declared: string | undefined): string {
  let s = since ? `Added in runtime-spec ${since}.` : `In every runtime-spec release (since ${SPEC_VERSIONS[0]}).`;
  if (until) s += ` Removed in ${until}.`;
  const shown = declared ?? version;
  if (since && compareVersions(version, since) < 0) s += ` Not in ${shown}, which this config declares.`;
  else if (until && compareVersions(version, until) >= 0) s += ` No longer in ${shown}, which this config declares.`;
  return s;
}

/** A value worth explaining: a capability or a mount option. */
function valueHover(key: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (/^process\.capabilities\.[a-z]+\[\]$/.test(key) && CAPABILITY_DOCS[value]) return `**${value}**\n\n${escape(CAPABILITY_DOCS[value]!)}`;
  if (key === 'mounts[].options[]' && Object.prototype.hasOwnProperty.call(MOUNT_OPTION_DOCS, value)) {
    const d = MOUNT_OPTION_DOCS[value]!;
    return `**${value}** (mount option)\n\n${escape(d.text)}${d.since ? `\n\nListed by the runtime-spec from ${d.since} on.` : ''}`;
  }
  return undefined;
}

/** A hover answer, or null (LSP's "nothing here"). */
export function hoverOf(markdown: string | undefined): Hover | null {
  return markdown === undefined ? null : { contents: { kind: MarkupKind.Markdown, value: markdown } };
}

/** Text from findings and our tables is plain: keep Markdown from reading `*`, backquotes or `<rule>` in it as markup. */
function escape(s: string): string {
  return s.replace(/([\\`*<>])/g, '\\$1');
}
