import { defineRule } from './api.js';

// Reported by the engine itself, before there is a document to hand to a rule: a config.json that
// is not a regular file, cannot be read, or is larger than --max-config-size.
export default defineRule({
  meta: {
    id: 'config-file-readable',
    description: 'config.json must be a readable regular file of a sane size.',
    category: 'syntax',
    defaultSeverity: 'error',
    spec: { url: 'https://github.com/opencontainers/runtime-spec/blob/v1.3.0/bundle.md#filesystem-bundle', level: 'MUST' },
    messages: {
      'too-large': 'config.json is too large to lint: {{detail}}.',
      unreadable: 'config.json cannot be read: {{detail}}.',
      'not-a-file': 'config.json is not a regular file: {{detail}}.',
    },
  },
  check() {
    // Nothing to do here: see the comment above.
  },
});
