import { defineRule } from './api.js';

// Two values for one key: Go's encoding/json (runc) keeps the last, other parsers differ, and
// whoever wrote the file probably meant only one of them.
export default defineRule({
  meta: {
    id: 'json-duplicate-key',
    description: 'An object in config.json must not name the same key twice.',
    category: 'syntax',
    defaultSeverity: 'error',
    spec: { url: 'https://www.rfc-editor.org/rfc/rfc8259#section-4', level: 'SHOULD' },
    // Both Go (runc) and crun's parser take one of the values and go on (runtime oracle).
    messages: {
      duplicate: {
        headline: 'Duplicate key "{{key}}" in one object',
        detail: 'Parsers disagree on which value wins: Go\'s encoding/json (runc) keeps the last, other parsers differ, and whoever wrote the file probably meant only one of them.',
        help: 'Keep one of the values and remove the other.',
        runtimes: { runc: 'accepts', crun: 'accepts' },
      },
    },
  },
  // The text itself: no config part to wait for.
  check(ctx) {
    for (const p of ctx.doc.problems) {
      if (p.kind !== 'duplicate-key' || p.key === undefined) continue;
      ctx.report({
        messageId: 'duplicate',
        pointer: '',
        at: { start: p.start, end: p.end },
        data: { key: p.key },
        related:
          p.firstStart !== undefined && p.firstEnd !== undefined
            ? [{ message: 'first defined here', pointer: '', at: { start: p.firstStart, end: p.firstEnd } }]
            : [],
      });
    }
  },
});
