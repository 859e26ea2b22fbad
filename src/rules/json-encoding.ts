import { defineRule } from './api.js';

// JSON exchanged between systems must be UTF-8 (RFC 8259 section 8.1). Runtimes differ on what
// they do with bad bytes: Go silently replaces them with U+FFFD, so a path or an argument is not
// what the file's author wrote.
export default defineRule({
  meta: {
    id: 'json-encoding',
    description: 'config.json must be valid UTF-8.',
    category: 'syntax',
    defaultSeverity: 'error',
    spec: { url: 'https://www.rfc-editor.org/rfc/rfc8259#section-8.1', level: 'MUST' },
    messages: {
      utf8: {
        headline: 'config.json is not valid UTF-8: {{detail}}',
        detail: 'JSON exchanged between systems must be UTF-8. Runtimes differ on what they do with bad bytes: Go silently replaces them with U+FFFD, so a path or an argument is not what the file\'s author wrote.',
        help: 'Save the file as UTF-8.',
      },
    },
  },
  // The text itself: no config part to wait for.
  check(ctx) {
    for (const p of ctx.doc.encodingProblems) {
      if (p.kind === 'utf8') ctx.report({ messageId: 'utf8', pointer: '', at: { start: p.start, end: p.end }, data: { detail: p.message } });
    }
  },
});
