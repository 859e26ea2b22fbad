// The head of a rule's documentation page (everything above its first `## ` heading), derived
// from the rule's metadata and message table: scripts/gen-docs.mjs writes it into
// docs/rules/<id>.md, and test/docs.test.ts checks that every page's head is current.

import type { MessageSpec, PresetName, RuleMeta, RuntimeVerdicts, SeveritySetting, Target } from '../core/types.js';
import { describeSpans, rangeSpans, refusingSpans } from '../core/runtimes.js';

const PLATFORM_NAMES: Record<string, string> = { linux: 'Linux', windows: 'Windows', solaris: 'Solaris', vm: 'VM', zos: 'z/OS', freebsd: 'FreeBSD' };

export interface HeadContext {
  /** "config-linux.md, Namespaces" for a spec URL, when its section can be named. */
  sectionOf: (url: string) => string | undefined;
  presetSeverity: (meta: RuleMeta, preset: PresetName) => SeveritySetting;
  presets: readonly PresetName[];
}

/** How a link to the spec (or to another standard) reads. */
function specLink(url: string, ctx: HeadContext): string {
  const rfc = /^https:\/\/www\.rfc-editor\.org\/rfc\/rfc(\d+)#section-([\d.]+)$/.exec(url);
  const text = rfc ? `RFC ${rfc[1]}, section ${rfc[2]}` : (ctx.sectionOf(url) ?? url.replace(/^.*\/blob\/[^/]+\//, ''));
  return `[${text}](${url})`;
}

export function ruleHead(meta: RuleMeta, ctx: HeadContext): string {
  const severity = meta.defaultSeverity + (meta.securitySeverity ? ` (security: ${meta.securitySeverity})` : '');
  const platforms = meta.platforms ? meta.platforms.map((p) => PLATFORM_NAMES[p] ?? p).join(', ') : 'all';
  const spec = meta.spec ? `${specLink(meta.spec.url, ctx)}${meta.spec.level ? ` (${meta.spec.level})` : ''}` : '-';
  const lines = [
    `# ${meta.id}`,
    '',
    codeSpans(meta.description),
    '',
    '| Category | Severity | Platforms | Needs rootfs | Spec |',
    '|---|---|---|---|---|',
    `| ${meta.category} | ${severity} | ${platforms} | ${meta.needsRootfs ? 'yes' : 'no'} | ${spec} |`,
  ];
  const notes: string[] = [];
  const byPreset = ctx.presets.map((p) => [p, ctx.presetSeverity(meta, p)] as const);
  if (byPreset.some(([, s]) => s !== meta.defaultSeverity)) notes.push(`Severity by preset: ${byPreset.map(([p, s]) => `\`${p}\`: ${s}`).join(', ')}.`);
  const own = messageSeverities(meta);
  if (own.length > 0) notes.push(`Findings with a severity of their own: ${own.join('; ')}.`);
  if (meta.hostSpecific) notes.push('Runs only with `--host-specific` (library: `hostSpecific: true`), on the host that will run the bundle.');
  if (meta.targets) notes.push(`Runs only with ${meta.targets.map((t) => `\`--target ${t}\`${targetReleases(meta, t)}`).join(' or ')}.`);
  if (meta.versions) notes.push(`Applies to configs of runtime-spec ${versionsText(meta.versions)}.`);
  if (meta.runtimeVersions) notes.push(`Runtime behaviour checked against ${meta.runtimeVersions}.`);
  const verdicts = runtimeVerdicts(meta);
  if (verdicts.length > 0) notes.push(`What runtimes do with each finding (\`--target\` grades by it): ${verdicts.join('; ')}.`);
  const compat = Object.entries(meta.messages as Record<string, MessageSpec>).filter(([, m]) => m.basis === 'compat').map(([id]) => `\`${id}\``);
  if (compat.length > 0) notes.push(`${compat.join(', ')} ${compat.length > 1 ? 'are' : 'is'} only about the releases that refuse the bundle: with \`--target\`, reported only when a selected release is one of them.`);
  if (meta.fixable) notes.push(`Fixable: ${meta.fixable} See [fixing](../fixing.md).`);
  if (meta.suggests) notes.push(`Suggestions: ${meta.suggests}`);
  for (const n of notes) lines.push('', n);
  return lines.join('\n') + '\n\n';
}

/** "`no-end`: warning", "`ambientNotRaised`: warning (info: for uid 0)" for messages whose severity is not the rule's. */
function messageSeverities(meta: RuleMeta): string[] {
  const out: string[] = [];
  for (const [id, m] of Object.entries(meta.messages as Record<string, MessageSpec>)) {
    const base = m.severity ?? meta.defaultSeverity;
    const cases = Object.values(m.cases ?? {}).map((c) => `${c.severity} ${c.when}`);
    if (base === meta.defaultSeverity && cases.length === 0) continue;
    out.push(`\`${id}\`: ${base}${cases.length ? ` (${cases.join('; ')})` : ''}`);
  }
  return out;
}

/** " (releases before 1.14.4)" when the rule models only some releases of a runtime. */
function targetReleases(meta: RuleMeta, t: Target): string {
  const range = meta.targetVersions?.[t];
  return range === undefined ? '' : ` (releases ${describeSpans(rangeSpans(range))})`;
}

/** "`missing`, `loop`: runc refuses it before 1.2.8, crun runs it": messages grouped by their runtime verdicts. */
function runtimeVerdicts(meta: RuleMeta): string[] {
  const groups = new Map<string, string[]>();
  for (const [id, m] of Object.entries(meta.messages as Record<string, MessageSpec>)) {
    if (!m.runtimes) continue;
    const text = Object.entries(m.runtimes as RuntimeVerdicts)
      .map(([runtime, v]) => {
        if (v === 'refuses') return `${runtime} refuses it`;
        if (v === 'accepts') return `${runtime} runs it`;
        return `${runtime} refuses it ${describeSpans(refusingSpans(v))} and runs it otherwise`;
      })
      .join(', ');
    groups.set(text, [...(groups.get(text) ?? []), `\`${id}\``]);
  }
  return [...groups].map(([text, ids]) => `${ids.join(', ')}: ${text}`);
}

/** ">=1.1.0,<1.2.1" as "1.1.0 and later, before 1.2.1". */
function versionsText(range: string): string {
  return range
    .split(',')
    .map((part) => {
      const m = /^\s*(>=|<)\s*(\S+)\s*$/.exec(part);
      if (!m) return part.trim();
      return m[1] === '>=' ? `${m[2]} and later` : `before ${m[2]}`;
    })
    .join(', ');
}

/** Field paths (process.args[0]), capability names and flags in a description, as code. */
function codeSpans(text: string): string {
  return text.replace(/(?<![\w`])(?:(?:[a-z][A-Za-z0-9]*(?:\[\d+\])?\.)+(?:[a-z][A-Za-z0-9]*(?:\[\d+\])?|\*)|[a-z][A-Za-z0-9]*\[\d+\]|CAP_[A-Z_]+|--[a-z][a-z-]+)(?![\w`])/g, (m) => `\`${m}\``);
}

const CATEGORIES = ['syntax', 'spec', 'runtime', 'security', 'best-practice'] as const;

/** docs/rules/README.md: every rule by category, and the rules that run only when asked for. */
export function ruleIndex(metas: readonly RuleMeta[], ctx: Pick<HeadContext, 'presetSeverity'>, renamed: Readonly<Record<string, string>> = {}): string {
  const sorted = [...metas].sort((a, b) => (a.id < b.id ? -1 : 1));
  const row = (m: RuleMeta): string => `| [${m.id}](${m.id}.md) | ${ctx.presetSeverity(m, 'recommended')} | ${codeSpans(m.description).replace(/\|/g, '\\|')} |`;
  const table = (list: RuleMeta[]): string[] => ['| Rule | Recommended | What it checks |', '|---|---|---|', ...list.map(row)];
  const lines = [
    '# Rules',
    '',
    `ocilint has ${sorted.length} rules. This index is generated from their metadata by \`npm run docs\`; \`ocilint --list-rules\` prints the same, and \`ocilint --explain <rule>\` a rule's page.`,
    'The Recommended column is the severity in the default preset (`off`: only in `restricted` or `all`).',
  ];
  for (const c of CATEGORIES) {
    const list = sorted.filter((m) => m.category === c && !m.hostSpecific && !m.targets);
    lines.push('', `## ${c}`, '', `${list.length} rules.`, '', ...table(list));
  }
  const host = sorted.filter((m) => m.hostSpecific);
  lines.push('', '## With --host-specific', '', `${host.length} rules. They read the machine that will run the bundle, read-only, and run only with \`--host-specific\`.`, '', ...table(host));
  const targeted = sorted.filter((m) => m.targets);
  lines.push('', '## With --target', '', `${targeted.length} rules. They model one runtime and run only when \`--target\` names it.`, '', '| Rule | Runtime | What it checks |', '|---|---|---|');
  for (const m of targeted) lines.push(`| [${m.id}](${m.id}.md) | ${m.targets!.join(', ')} | ${codeSpans(m.description).replace(/\|/g, '\\|')} |`);
  const old = Object.entries(renamed).sort(([a], [b]) => (a < b ? -1 : 1));
  if (old.length > 0) {
    lines.push('', '## Renamed', '', 'These ids were renamed before the first release. The old id still works wherever a rule id is written (configuration files, `--rule`, `--explain`, `--suppress-rule`, `dev.ocilint.ignore/<rule>` annotations, the suppressions file), with a warning that names the new one.', '', '| Old id | Rule |', '|---|---|');
    for (const [from, to] of old) lines.push(`| \`${from}\` | [${to}](${to}.md) |`);
  }
  return lines.join('\n') + '\n';
}
