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
          securitySeverity: m.securitySeverity ?? null,
          spec: m.spec ?? null,
          versions: m.versions ?? null,
          platforms: m.platforms ?? null,
          needsRootfs: m.needsRootfs ?? false,
          targets: m.targets ?? null,
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
    m.platforms?.join(',') ?? 'all',
    m.targets ? `--target ${m.targets.join(',')}` : '-',
    m.versions ?? 'all',
    m.spec?.url ?? '-',
  ]);
  const head = ['RULE', 'CATEGORY', 'SEVERITY', 'PLATFORMS', 'RUNTIME', 'VERSIONS', 'SPEC'];
  const all = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  return all.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ')).join('\n') + '\n';
}
