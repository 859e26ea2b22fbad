import type { RuleMeta } from '../core/types.js';
import { docsUrl } from '../core/meta.js';
import { presetSeverity } from '../engine/presets.js';

export function listRules(metas: readonly RuleMeta[], format: 'text' | 'json'): string {
  const sorted = [...metas].sort((a, b) => (a.id < b.id ? -1 : 1));
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
  ]);
  const head = ['RULE', 'CATEGORY', 'SEVERITY', 'RECOMMENDED', 'PLATFORMS', 'RUNTIME', 'VERSIONS', 'SPEC'];
  const all = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const table = all.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ')).join('\n');
  return `${table}\n\n${sorted.length} rules. "ocilint --explain RULE" prints a rule's documentation; "--list-rules -f json" adds descriptions and docs URLs.\n`;
}
