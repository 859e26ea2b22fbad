// A fixed report input for the format tests: every kind of location, suppressions of both kinds,
// characters each format must escape, and a clean file.

import type { Diagnostic, RuleMeta, SuppressedDiagnostic } from '../../src/core/types.js';
import type { FileResult } from '../../src/engine/lint.js';
import type { FormatInput } from '../../src/formatters/types.js';

const pos = (line: number, column: number, offset: number) => ({ line, column, offset });

export const SAMPLE_RULES: RuleMeta[] = [
  { id: 'process-cwd-absolute', description: 'process.cwd must be an absolute path.', category: 'spec', defaultSeverity: 'error', spec: { url: 'https://github.com/opencontainers/runtime-spec/blob/v1.3.0/config.md#configProcess', level: 'MUST' }, messages: { relative: { headline: 'process.cwd "{{value}}" is not an absolute path', help: 'Write the path from the container\'s root.' } } },
  { id: 'process-args-executable', description: 'process.args[0] must be an executable file in the rootfs.', category: 'runtime', defaultSeverity: 'error', needsRootfs: true, messages: {} },
  { id: 'shared-pid-namespace', description: 'The container should have its own PID namespace.', category: 'security', defaultSeverity: 'warning', securitySeverity: 'high', messages: {} },
  { id: 'config-file-readable', description: 'config.json must be a readable file.', category: 'syntax', defaultSeverity: 'error', messages: {} },
  { id: 'env-style', description: 'A made-up informational rule.', category: 'best-practice', defaultSeverity: 'info', messages: {} },
];

function file(filePath: string, diagnostics: Diagnostic[], suppressed: SuppressedDiagnostic[] = []): FileResult {
  return {
    filePath,
    bundlePath: filePath.replace(/\/?[^/]*$/, ''),
    specVersion: '1.3.0',
    rootfsChecked: true,
    diagnostics,
    suppressed,
    errorCount: diagnostics.filter((d) => d.severity === 'error').length,
    warningCount: diagnostics.filter((d) => d.severity === 'warning').length,
    infoCount: diagnostics.filter((d) => d.severity === 'info').length,
  };
}

export const SAMPLE_RESULTS: FileResult[] = [
  file(
    'bundles/web/config.json',
    [
      {
        ruleId: 'process-cwd-absolute', messageId: 'relative', severity: 'error',
        message: 'process.cwd "srv/app" is not an absolute path',
        detail: 'runc refuses the bundle.',
        help: 'Write the path from the container\'s root.',
        location: { kind: 'config', pointer: '/process/cwd', range: { start: pos(4, 43, 90), end: pos(4, 52, 99) } },
        fix: { title: 'Write "/srv/app"', edits: [{ range: { start: pos(4, 43, 90), end: pos(4, 52, 99) }, text: '"/srv/app"' }] },
        suggestions: [
          { title: 'Write "/"', edits: [{ range: { start: pos(4, 43, 90), end: pos(4, 52, 99) }, text: '"/"' }] },
          { title: 'Suppress process-cwd-absolute in this bundle with an annotation', edits: [{ range: { start: pos(9, 2, 250), end: pos(9, 2, 250) }, text: ',\n  "annotations": {\n    "dev.ocilint.ignore/process-cwd-absolute": "TODO"\n  }' }] },
        ],
      },
      {
        ruleId: 'process-args-executable', messageId: 'missing', severity: 'error',
        message: 'process.args[0] "/bin/a,b:c%d" does not exist in the rootfs <&> "quoted".',
        location: { kind: 'rootfs', path: '/bin/a,b:c%d', pointer: '/process/args/0', range: { start: pos(5, 14, 120), end: pos(5, 28, 134) } },
        related: [{ message: 'root.path names the rootfs here.', location: { kind: 'config', pointer: '/root/path', range: { start: pos(3, 20, 40), end: pos(3, 28, 48) } } }],
      },
      {
        ruleId: 'shared-pid-namespace', messageId: 'shared', severity: 'warning',
        message: 'linux.namespaces has no "pid" entry;\nthe container sees every host process.',
        location: { kind: 'config', pointer: '/linux/namespaces', range: { start: pos(7, 17, 200), end: pos(7, 40, 223) } },
      },
      {
        ruleId: 'env-style', messageId: 'style', severity: 'info',
        message: 'process.env[1] "A=1" is fine but unusual.',
        location: { kind: 'config', pointer: '/process/env/1', range: { start: pos(6, 20, 160), end: pos(6, 25, 165) } },
      },
    ],
    [
      {
        ruleId: 'shared-pid-namespace', messageId: 'shared', severity: 'warning',
        message: 'linux.namespaces has no "pid" entry.',
        location: { kind: 'config', pointer: '/linux/namespaces', range: { start: pos(7, 17, 200), end: pos(7, 40, 223) } },
        suppressions: [{ kind: 'inline', justification: 'debug bundle, needs host pids', source: 'dev.ocilint.ignore/shared-pid-namespace' }],
      },
      {
        ruleId: 'env-style', messageId: 'style', severity: 'info',
        message: 'process.env[0] is fine.',
        location: { kind: 'config', pointer: '/process/env/0', range: { start: pos(6, 8, 150), end: pos(6, 18, 160) } },
        suppressions: [{ kind: 'config', justification: 'legacy & accepted', source: '.ocilint.yaml#ignores[0]' }],
      },
    ],
  ),
  file('/elsewhere/broken/config.json', [
    { ruleId: 'config-file-readable', messageId: 'unreadable', severity: 'error', message: 'config.json cannot be read (EACCES).', location: { kind: 'bundle' } },
  ]),
  file('bundles/clean/config.json', []),
];

export const SAMPLE_CWD = '/work/proj';

export function sampleInput(results: FileResult[] = SAMPLE_RESULTS): FormatInput {
  return { results, rules: new Map(SAMPLE_RULES.map((m) => [m.id, m])), cwd: SAMPLE_CWD };
}
