import { defineRule } from './api.js';

// Reported by the engine itself while it reads a bundle packed in a tar archive: an archive cut
// short, with a corrupt header or corrupt compressed data, or named .gz without being gzip. The
// finding names the archive and the entry where reading stopped; the config is still linted when
// it was read before the damage, but rootfs checks are skipped, since the index is incomplete.
export default defineRule({
  meta: {
    id: 'archive-readable',
    description: 'A bundle archive must be a complete, undamaged tar stream (optionally gzip-compressed).',
    category: 'syntax',
    defaultSeverity: 'error',
    spec: { url: 'https://github.com/opencontainers/runtime-spec/blob/v1.3.0/bundle.md#filesystem-bundle', level: 'MUST' },
    messages: {
      truncated: 'The archive {{archive}} is cut short: {{detail}}.',
      corrupt: 'The archive {{archive}} is damaged: {{detail}}.',
      'no-end': 'The archive {{archive}} is incomplete: {{detail}}.',
      'not-gzip': 'The archive {{archive}} cannot be decompressed: {{detail}}.',
      'compressed-corrupt': 'The archive {{archive}} cannot be decompressed: {{detail}}.',
    },
  },
  check() {
    // Nothing to do here: see the comment above.
  },
});
