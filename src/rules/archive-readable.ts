import { defineEngineRule } from './api.js';

// Reported by the engine itself while it reads a bundle packed in a tar archive: an archive cut
// short, with a corrupt header or corrupt compressed data, named .gz without being gzip, or
// compressed with xz, bzip2, zstd or lz4, which ocilint recognises but does not read. The
// finding names the archive and the entry where reading stopped; the config is still linted when
// it was read before the damage, but rootfs checks are skipped, since the index is incomplete.
export default defineEngineRule({
  id: 'archive-readable',
  description: 'A bundle archive must be a complete, undamaged tar stream (optionally gzip-compressed).',
  category: 'syntax',
  defaultSeverity: 'error',
  spec: { url: 'https://github.com/opencontainers/runtime-spec/blob/v1.3.0/bundle.md#filesystem-bundle', level: 'MUST' },
  messages: {
    truncated: { headline: 'The archive {{archive}} is cut short: {{detail}}', detail: 'Rootfs checks are skipped: what is missing cannot be told from what was never there.' },
    corrupt: { headline: 'The archive {{archive}} is damaged: {{detail}}', detail: 'Rootfs checks are skipped: what is missing cannot be told from what was never there.' },
    // Every entry was read: only the end marker is missing, so rootfs checks still ran.
    'no-end': { headline: 'The archive {{archive}} is incomplete: {{detail}}', severity: 'warning' },
    'not-gzip': { headline: 'The archive {{archive}} cannot be decompressed: {{detail}}' },
    'compressed-corrupt': { headline: 'The archive {{archive}} cannot be decompressed: {{detail}}' },
    'unsupported-compression': { headline: 'The archive {{archive}} is {{detail}}, which ocilint does not read', help: 'Repack it as .tar or .tar.gz.' },
  },
});
