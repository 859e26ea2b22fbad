import { defineRule } from './api.js';
import { SENSITIVE_HOST_DIRS } from './data/sensitive-host-paths.js';
import { hasOption, isBind, isReadOnly, mounts } from '../model/mounts.js';
import { cleanPath } from '../model/paths.js';

// Binding a host system directory gives the container the host's configuration, binaries, devices
// or process table; read-write, it can rewrite them (an /etc/cron.d entry, a binary in /usr, the
// whole root). Even "ro" does not cover submounts of a recursive bind, which stay writable.
export default defineRule({
  meta: {
    id: 'sensitive-host-mount',
    description: 'Host system directories (/, /boot, /dev, /etc, /lib, /proc, /sys, /usr, /var/lib/docker) should not be bind-mounted into the container.',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 'high',
    platforms: ['linux'],
    messages: {
      sensitive: {
        headline: 'mounts[{{index}}].source "{{source}}" binds the host\'s {{dir}} {{mode}} at "{{destination}}"',
        detail: 'A host system directory holds the host\'s configuration, binaries, devices or process table: {{consequence}}.',
        help: 'Remove the mount, or bind only the files the workload needs, read-only.',
      },
    },
  },
  reads: ['mounts'],
  check(ctx) {
    for (const m of mounts(ctx)) {
      if (m.destination === undefined || !isBind(m) || m.source === undefined || !m.source.startsWith('/')) continue;
      const dir = cleanPath(m.source);
      if (!SENSITIVE_HOST_DIRS.includes(dir)) continue;
      const ro = isReadOnly(m);
      const recursive = hasOption(m, 'rbind') || m.type === 'rbind';
      const consequence = !ro
        ? 'the container can modify the host\'s files there'
        : recursive
          ? 'the container can read the host\'s files there, and runc leaves submounts of a recursive bind writable despite "ro"'
          : 'the container can read the host\'s files there';
      ctx.report({
        messageId: 'sensitive',
        node: m.node,
        key: 'source',
        data: { index: m.index, source: m.source, dir: dir === '/' ? 'root filesystem' : dir, mode: ro ? 'read-only' : 'read-write', destination: m.destination, consequence },
      });
    }
  },
});
