// A field newer than the release a config declares is not in that release's schema, so the
// validation of the config passes over it: field-version says it is too new, and nothing checked
// its value. Here each such field is checked against the schema of the release that added it, so
// `"linux": {"netDevices": {"eth0": {"name": 23}}}` under ociVersion 1.0.0 (or `runc spec`'s
// 1.0.2-dev) gets the type error it gets under 1.2.0. Only findings inside such a field are kept:
// the rest of the config stays checked as the release it declares.

import { compareVersions, type SpecVersion } from '../core/versions.js';
import { pointerFrom } from '../json/pointer.js';
import { modelEventsOf } from './events.js';
import { loadValidator, type RawText, type SchemaIssue } from './index.js';

/** Schema findings inside fields newer than `version`, each from the schema of the release that added the field. */
export async function newerFieldIssues(value: unknown, version: SpecVersion, raw: RawText, known: readonly SchemaIssue[]): Promise<SchemaIssue[]> {
  // The newer fields (outermost only), by the release that added them: from the walk the rules
  // share (events.ts), so a bundle's config is walked once.
  const bySince = new Map<SpecVersion, string[]>();
  let inside: string | undefined;
  for (const e of modelEventsOf(value).versioned) {
    if (e.kind !== 'field' || compareVersions(e.since, version) <= 0) continue;
    const pointer = pointerFrom(e.path);
    if (inside !== undefined && pointer.startsWith(inside + '/')) continue;
    inside = pointer;
    bySince.set(e.since, [...(bySince.get(e.since) ?? []), pointer]);
  }
  const out: SchemaIssue[] = [];
  const seen = new Set(known.map((i) => `${i.pointer}\0${i.keyword}`));
  for (const [since, fields] of bySince) {
    const validate = await loadValidator(since);
    for (const issue of validate(value, raw)) {
      if (!fields.some((f) => issue.pointer === f || issue.pointer.startsWith(f + '/'))) continue;
      const key = `${issue.pointer}\0${issue.keyword}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ ...issue, message: `${issue.message} (as runtime-spec ${since}, which added the field, defines it)` });
    }
  }
  return out;
}
