// GitLab Code Quality: the JSON array GitLab reads from `artifacts:reports:codequality` and shows
// in merge requests (the subset of the Code Climate issue format that GitLab documents). Choices
// worth knowing:
// - Only reported findings are issues: Code Quality has no suppressed state, so suppressed
//   findings are left out, as they leave the exit code alone.
// - GitLab matches issues across pipelines by `fingerprint`, and shows only one issue of a
//   fingerprint. It hashes the file, rule, message id, JSON pointer and rootfs path (not the line,
//   so a finding survives edits elsewhere in the file), plus a counter for repeats.
// - `location.path` is relative to the working directory (GitLab wants it relative to the
//   repository, where CI runs). A finding inside a tar archive is placed on the archive, the file
//   the repository holds, at line 1, and its description says where in the archive it is.
// - Severity: error is `major` (`critical` for a rule whose security severity is critical),
//   warning `minor`, info `info`.

import { createHash } from '../core/hash.js';
import type { Category, Diagnostic, RuleMeta } from '../core/types.js';
import type { Formatter } from './types.js';
import { displayPath, pointerOf, start } from './util.js';

/** Code Climate's categories, for consumers other than GitLab (GitLab ignores them). */
const CATEGORY: Record<Category, string> = { syntax: 'Bug Risk', spec: 'Compatibility', runtime: 'Bug Risk', security: 'Security', 'best-practice': 'Style' };

function severity(d: Diagnostic, meta: RuleMeta | undefined): string {
  if (d.severity === 'info') return 'info';
  if (d.severity === 'warning') return 'minor';
  return meta?.securitySeverity === 'critical' ? 'critical' : 'major';
}

const gitlab: Formatter = ({ results, rules, cwd }) => {
  const issues: unknown[] = [];
  const seen = new Map<string, number>();
  for (const r of results) {
    // An archive's config is named `<archive>!/<member>`: the repository has the archive.
    const inArchive = r.filePath.startsWith(r.bundlePath + '!/');
    const file = displayPath(inArchive ? r.bundlePath : r.filePath, cwd);
    const member = inArchive ? r.filePath.slice(r.bundlePath.length + 2) : undefined;
    for (const d of r.diagnostics) {
      const s = start(d);
      const pointer = pointerOf(d) ?? '';
      const rootfs = d.location.kind === 'rootfs' ? d.location.path : '';
      const key = `${file}\0${d.ruleId}\0${d.messageId}\0${pointer}\0${rootfs}`;
      const repeat = seen.get(key) ?? 0;
      seen.set(key, repeat + 1);
      const meta = rules.get(d.ruleId);
      const where = member !== undefined && s ? ` (${member}:${s.line}:${s.column} in the archive)` : '';
      issues.push({
        type: 'issue',
        check_name: d.ruleId,
        description: d.message.replace(/\r?\n/g, ' ') + where,
        categories: [meta ? CATEGORY[meta.category] : 'Bug Risk'],
        severity: severity(d, meta),
        fingerprint: createHash('sha256').update(repeat === 0 ? key : `${key}\0${repeat}`).digest('hex').slice(0, 32),
        location: { path: file, lines: { begin: member === undefined && s ? s.line : 1 } },
      });
    }
  }
  return JSON.stringify(issues, null, 2) + '\n';
};

export default gitlab;
