import { defineRule } from './api.js';

// config.json must be JSON (RFC 8259); the runtimes refuse the bundle at the first syntax error.
export default defineRule({
  meta: {
    id: 'json-syntax',
    description: 'config.json must be valid JSON.',
    category: 'syntax',
    defaultSeverity: 'error',
    spec: { url: 'https://github.com/opencontainers/runtime-spec/blob/v1.3.0/bundle.md#filesystem-bundle', level: 'MUST' },
    messages: {
      syntax: {
        headline: 'JSON syntax error: {{detail}}',
        detail: 'config.json must be JSON as RFC 8259 defines it; the runtimes refuse the bundle at the first syntax error.',
        help: 'Fix the text at this position.',
      },
      tooDeep: {
        headline: 'JSON nesting is deeper than any config needs: {{detail}}',
        help: 'Remove the nesting: no part of a runtime-spec config is more than a few levels deep.',
      },
    },
  },
  // The text itself: no config part to wait for.
  check(ctx) {
    for (const p of ctx.doc.problems) {
      if (p.kind === 'duplicate-key') continue;
      ctx.report({
        messageId: p.kind === 'too-deep' ? 'tooDeep' : 'syntax',
        pointer: '',
        at: { start: p.start, end: p.end },
        data: { detail: p.message },
      });
    }
  },
});
