import { enumValues, lookupEnumValue } from '../schema/index.js';
import { suggest } from '../schema/lookup.js';
import { pointerSegments } from '../json/pointer.js';
import { defineRule, specUrl, type FixSpec } from './api.js';
import { isRecord as isObject } from '../model/loc.js';
import type { Config } from '../model/view.js';
import { schemaVerdict } from './data/schema-verdicts.js';

// The engine validates every config against the precompiled schema of its release (src/schema/)
// and hands the findings to rules as ctx.schemaIssues; this rule is what reports them, at the
// pointers the schema names. A value that is valid in another release (the `time` namespace
// under 1.0.2) is left to field-version, which can say which release added it. For a few findings
// what runc and crun do is known (data/schema-verdicts.ts): --target grades those by it.
const BY_KEYWORD: Record<string, 'type' | 'required' | 'enum' | 'pattern' | 'range' | 'minItems' | 'forbidden' | 'alternatives'> = {
  type: 'type',
  required: 'required',
  enum: 'enum',
  const: 'enum',
  pattern: 'pattern',
  minimum: 'range',
  maximum: 'range',
  minItems: 'minItems',
  not: 'forbidden',
  anyOf: 'alternatives',
  oneOf: 'alternatives',
};

const SCHEMA = 'config.json is checked against the JSON Schema of the runtime-spec release it declares.';

export default defineRule({
  meta: {
    id: 'config-schema',
    description: 'config.json must match the runtime-spec schema of the release it declares.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configuration'), level: 'MUST' },
    // Each headline is the schema finding's own text, which names the field and what it wants.
    suggests: "for a value outside a closed set, the release's values nearest to it.",
    messages: {
      type: { headline: '{{message}}', detail: `${SCHEMA} Other rules take a value of the wrong JSON type as absent.`, help: 'Write the value with the JSON type the field has.' },
      required: { headline: '{{message}}', detail: SCHEMA, help: 'Add the missing property.' },
      enum: { headline: '{{message}}', detail: SCHEMA, help: 'Use one of the values the field allows.' },
      pattern: { headline: '{{message}}', detail: SCHEMA, help: 'Write the value in the form the field requires.' },
      range: { headline: '{{message}}', detail: SCHEMA, help: 'Use a value within the field\'s range.' },
      minItems: { headline: '{{message}}', detail: SCHEMA, help: 'Add the entries the list needs.' },
      forbidden: { headline: '{{message}}', detail: SCHEMA, help: 'Remove the property.' },
      alternatives: { headline: '{{message}}', detail: SCHEMA, help: 'Write the value in one of the forms the field allows.' },
      other: { headline: '{{message}}', detail: SCHEMA },
    },
  },
  // The whole document: every schema finding is reported.
  check(ctx) {
    for (const issue of ctx.schemaIssues) {
      let suggestions: FixSpec[] = [];
      const at = issue.keyword === 'enum' ? enumValueAt(ctx.config, issue.pointer) : undefined;
      if (at !== undefined && lookupEnumValue(at.path, at.value)) continue;
      // "Did you mean": the release's values nearest to what is written ("PID" is "pid").
      if (at !== undefined) {
        suggestions = suggest(at.value, enumValues(at.path, ctx.specVersion))
          .slice(0, 3)
          .map((v) => ({ title: `Write ${JSON.stringify(v)}`, edit: (f) => f.replaceValueAt(at.path, v) }));
      }
      const known = schemaVerdict(pointerSegments(issue.pointer), issue.keyword, at?.value);
      ctx.report({
        messageId: BY_KEYWORD[issue.keyword] ?? 'other',
        pointer: issue.pointer,
        target: issue.target,
        data: { message: issue.message },
        ...(known && { runtimes: known.runtimes, basis: known.basis }),
        suggestions,
      });
    }
  },
});

/** The string at a schema finding's pointer, read through the view, with its path (indices as numbers). */
function enumValueAt(config: Config, pointer: string): { path: (string | number)[]; value: string } | undefined {
  const path: (string | number)[] = [];
  let cur: unknown = config;
  for (const tok of pointerSegments(pointer)) {
    if (Array.isArray(cur)) {
      path.push(Number(tok));
      cur = (cur as unknown[])[Number(tok)];
    } else if (isObject(cur) && Object.prototype.hasOwnProperty.call(cur, tok)) {
      path.push(tok);
      cur = cur[tok];
    } else return undefined;
  }
  return typeof cur === 'string' ? { path, value: cur } : undefined;
}
