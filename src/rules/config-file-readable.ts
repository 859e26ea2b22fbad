import { defineEngineRule } from './api.js';

// Reported by the engine itself, before there is a document to hand to a rule: a config.json that
// is not a regular file, cannot be read, or is larger than --max-config-size.
export default defineEngineRule({
  id: 'config-file-readable',
  description: 'config.json must be a readable regular file of a sane size.',
  category: 'syntax',
  defaultSeverity: 'error',
  spec: { url: 'https://github.com/opencontainers/runtime-spec/blob/v1.3.0/bundle.md#filesystem-bundle', level: 'MUST' },
  messages: {
    'too-large': { headline: 'config.json is too large to lint: {{detail}}', help: 'Raise --max-config-size if the file is meant to be this large.' },
    unreadable: { headline: 'config.json cannot be read: {{detail}}' },
    'not-a-file': { headline: 'config.json is not a regular file: {{detail}}', help: 'Runtimes read config.json as a regular file; replace it with one.' },
  },
});
