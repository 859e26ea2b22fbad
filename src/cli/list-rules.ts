// --list-rules: by default a table that fits the terminal (the rule, its severity in the default
// preset, what it checks, wrapped under itself); --wide: every column on one line per rule;
// -f json: everything, for tools.

import { Chalk } from 'chalk';
import type { RuleMeta } from '../core/types.js';
import { docsUrl } from '../core/meta.js';
import { presetSeverity } from '../engine/presets.js';
import { hang } from '../core/wrap.js';

export function listRules(metas: readonly RuleMeta[], format: 'text' | 'wide' | 'json', width = 80, colorLevel: 0 | 1 | 2 | 3 = 0): string {
  const sorted = [...metas].sort((a, b) => (a.id < b.id ? -1 : 1));
  if (format === 'text') return narrow(sorted, width, colorLevel);
  if (format === 'json') {
    return (
      JSON.stringify(
        sorted.map((m) => ({
          id: m.id,
          description: m.description,
          category: m.category,
          defaultSeverity: m.defaultSeverity,
          recommended: presetSeverity(m, 'recommended'),
          presets: { recommended: presetSeverity(m, 'recommended'), restricted: presetSeverity(m, 'restricted'), all: presetSeverity(m, 'all') },
          securitySeverity: m.securitySeverity ?? null,
          spec: m.spec ?? null,
          versions: m.versions ?? null,
          platforms: m.platforms ?? null,
          needsRootfs: m.needsRootfs ?? false,
          targets: m.targets ?? null,
          hostSpecific: m.hostSpecific ?? false,
          runtimeVersions: m.runtimeVersions ?? null,
          docsUrl: docsUrl(m.id),
        })),
        null,
        2,
      ) + '\n'
    );
  }
  const rows = sorted.map((m) => [
    m.id,
    m.category,
    m.defaultSeverity + (m.securitySeverity ? ` (${m.securitySeverity})` : ''),
    presetSeverity(m, 'recommended'),
    m.platforms?.join(',') ?? 'all',
    m.targets ? `--target ${m.targets.join(',')}` : m.hostSpecific ? '--host-specific' : '-',
    m.versions ?? 'all',
    m.spec?.url ?? '-',
    m.description,
  ]);
  const head = ['RULE', 'CATEGORY', 'SEVERITY', 'RECOMMENDED', 'PLATFORMS', 'RUNTIME', 'VERSIONS', 'SPEC', 'DESCRIPTION'];
  const all = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const table = all.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ')).join('\n');
  return `${table}\n\n${sorted.length} rules. "ocilint --explain RULE" prints a rule's documentation; "--list-rules -f json" adds docs URLs.\n`;
}

/**
 * A row per rule: its id, its severity in the default preset (`off`: only in another preset) and
 * what it checks, wrapped under itself (never cut: the description is the reason to read the
 * list). In a terminal too narrow for a description column, the description goes under the id.
 * The rules that only a flag adds come in sections of their own.
 */
function narrow(sorted: readonly RuleMeta[], width: number, colorLevel: 0 | 1 | 2 | 3): string {
  const c = new Chalk({ level: colorLevel });
  const idW = Math.max(4, ...sorted.map((m) => m.id.length));
  const sevW = 'SEVERITY'.length;
  const indent = idW + 2 + sevW + 2;
  // Below about 30 columns a description column reads as a word per line: it goes under the id.
  const beside = width - indent >= 30;
  const paint = { error: c.red, warning: c.yellow, info: c.blue, off: c.dim };
  const row = (m: RuleMeta): string => {
    const severity = presetSeverity(m, 'recommended');
    const head = `${m.id.padEnd(idW)}  ${paint[severity](severity)}${' '.repeat(sevW - severity.length)}`;
    const text = m.description.replace(/\.$/, '');
    if (beside) return `${head}  ${hang(text, width, indent)}`;
    return `${head.trimEnd()}\n    ${hang(text, width, 4)}`;
  };
  const header = c.bold(beside ? `${'RULE'.padEnd(idW)}  ${'SEVERITY'.padEnd(sevW)}  DESCRIPTION` : `${'RULE'.padEnd(idW)}  SEVERITY`);
  const sections: [string | undefined, RuleMeta[]][] = [
    [undefined, sorted.filter((m) => !m.hostSpecific && !m.targets)],
    ['With --host-specific (checks of the machine that will run the bundle):', sorted.filter((m) => m.hostSpecific)],
    ...[...new Set(sorted.flatMap((m) => m.targets ?? []))].map((t): [string, RuleMeta[]] => [`With --target ${t}:`, sorted.filter((m) => m.targets?.includes(t))]),
  ];
  const out: string[] = [];
  for (const [title, list] of sections) {
    if (list.length === 0) continue;
    if (title) out.push('', c.bold(hang(title, width, 0)));
    out.push(header, ...list.map(row));
  }
  const footer = `${sorted.length} rules. SEVERITY is the one in the default preset, recommended ("off": only in the restricted or all preset). "ocilint --explain RULE" prints a rule's documentation; "--list-rules --wide" adds the category, platforms, runtimes, spec versions and spec link; "--list-rules -f json" everything.`;
  return `${out.join('\n')}\n\n${hang(footer, width, 0)}\n`;
}
