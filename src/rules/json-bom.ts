import { defineRule } from './api.js';

// RFC 8259 section 8.1 forbids adding a byte-order mark; Go's encoding/json (runc, and every Go
// tool that reads bundles) fails on it with "invalid character 'ï' looking for beginning of value".
export default defineRule({
  meta: {
    id: 'json-bom',
    description: 'config.json must not start with a byte-order mark.',
    category: 'syntax',
    defaultSeverity: 'error',
    spec: { url: 'https://www.rfc-editor.org/rfc/rfc8259#section-8.1', level: 'MUST' },
    fixable: '`--fix` removes the byte-order mark.',
    messages: {
      bom: {
        headline: 'config.json starts with a UTF-8 byte-order mark (EF BB BF)',
        detail: 'RFC 8259 forbids adding one, and runc and other Go tools refuse the file: Go\'s encoding/json fails with "invalid character \'ï\' looking for beginning of value".',
        help: 'Save the file as UTF-8 without a byte-order mark.',
      },
    },
  },
  // The text itself: no config part to wait for.
  check(ctx) {
    for (const p of ctx.doc.encodingProblems) {
      if (p.kind !== 'bom') continue;
      const at = { start: p.start, end: p.end };
      ctx.report({ messageId: 'bom', pointer: '', at, fix: { title: 'Remove the byte-order mark', edit: (f) => f.replaceText(at, '') } });
    }
  },
});
