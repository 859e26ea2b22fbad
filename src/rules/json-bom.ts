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
    messages: {
      bom: 'config.json starts with a UTF-8 byte-order mark (EF BB BF), which runc and other Go tools refuse.',
    },
  },
  check(ctx) {
    for (const p of ctx.doc.encodingProblems) {
      if (p.kind === 'bom') ctx.report({ messageId: 'bom', pointer: '', at: { start: p.start, end: p.end } });
    }
  },
});
