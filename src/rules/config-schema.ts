import { lookupEnumValue } from '../schema/index.js';
import { pathFrom } from '../json/pointer.js';
import { defineRule, specUrl } from './api.js';

// The engine validates every config against the precompiled schema of its release (src/schema/)
// and hands the findings to rules as ctx.schemaIssues; this rule is what reports them. A value
// that is valid in another release (the `time` namespace under 1.0.2) is left to field-version,
// which can say which release added it.
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

export default defineRule({
  meta: {
    id: 'config-schema',
    description: 'config.json must match the runtime-spec schema of the release it declares.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configuration'), level: 'MUST' },
    messages: {
      type: '{{message}}.',
      required: '{{message}}.',
      enum: '{{message}}.',
      pattern: '{{message}}.',
      range: '{{message}}.',
      minItems: '{{message}}.',
      forbidden: '{{message}}.',
      alternatives: '{{message}}.',
      other: '{{message}}.',
    },
  },
  check(ctx) {
    for (const issue of ctx.schemaIssues) {
      if (issue.keyword === 'enum') {
        const value = ctx.get(issue.pointer);
        if (typeof value === 'string' && lookupEnumValue(pathFrom(issue.pointer, ctx.raw), value)) continue;
      }
      ctx.report({
        messageId: BY_KEYWORD[issue.keyword] ?? 'other',
        pointer: issue.pointer,
        target: issue.target,
        data: { message: issue.message },
      });
    }
  },
});
