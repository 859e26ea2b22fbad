// Schema findings whose runtime behaviour is known. The JSON Schema of a release forbids more than
// the spec's text: an enum may list only some of the values runtimes take. For these findings,
// config-schema says what runc and crun do, so that `--target` grades them (a value every runtime
// of the selection runs is a warning), and says what the finding rests on: `schema` when the
// spec's text has no MUST behind the constraint. Evidence for each entry is on config-schema's page.

import type { FindingBasis, RuntimeVerdicts } from '../../core/types.js';

export interface SchemaVerdict {
  /** The field, dotted, with `*` for any array index: `linux.devices.*.type`. */
  path: string;
  /** The schema keyword of the finding (ajv's: enum, type, pattern, minItems, ...). */
  keyword: string;
  /** Only findings about one of these values (enums); absent: any value. */
  values?: readonly string[];
  runtimes: RuntimeVerdicts;
  basis: FindingBasis;
}

/** The first entry that matches a finding wins. */
const SCHEMA_VERDICTS: readonly SchemaVerdict[] = [
  // runc's propagation table and crun's mount flag parser take the recursive forms, which
  // containerd's CRI writes; runtime-spec issue #923 calls the enum too narrow.
  { path: 'linux.rootfsPropagation', keyword: 'enum', values: ['rshared', 'rslave', 'rprivate', 'runbindable'], runtimes: { runc: 'accepts', crun: 'accepts' }, basis: 'schema' },
  // Any other value: runc refuses it ("rootfsPropagation=... is not supported"), crun falls back to rprivate.
  { path: 'linux.rootfsPropagation', keyword: 'enum', runtimes: { runc: 'refuses', crun: 'accepts' }, basis: 'schema' },
  // runc refuses other device types ("invalid device type"); crun 1.8.1 creates the container.
  { path: 'linux.devices.*.type', keyword: 'enum', runtimes: { runc: 'refuses', crun: 'accepts' }, basis: 'schema' },
  // runc 1.1 ignores linux.personality; runc 1.2 and later and crun refuse another domain.
  { path: 'linux.personality.domain', keyword: 'enum', runtimes: { runc: { refuses: '>=1.2' }, crun: 'refuses' }, basis: 'schema' },
];

/** The known verdicts of a schema finding at `path` (pointer segments) about `value`, if any. */
export function schemaVerdict(path: readonly string[], keyword: string, value: string | undefined): SchemaVerdict | undefined {
  const dotted = path.map((s) => (/^\d+$/.test(s) ? '*' : s)).join('.');
  return SCHEMA_VERDICTS.find((v) => v.path === dotted && v.keyword === keyword && (v.values === undefined || (value !== undefined && v.values.includes(value))));
}
