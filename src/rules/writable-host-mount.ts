import { defineRule } from './api.js';
import { isBind, isReadOnly, mounts } from './util/security.js';

// A read-write bind mount lets the container change host files: plant a binary the host later
// runs, or fill the host's disk. kube-linter's writable-host-mount flags the same for hostPath.
export default defineRule({
  meta: {
    id: 'writable-host-mount',
    description: 'Bind mounts of host paths should be read-only ("ro" or "rro").',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 'medium',
    platforms: ['linux'],
    messages: {
      writable: 'mounts[{{index}}] binds "{{source}}" at "{{destination}}" without "ro": the container can modify these host files.',
    },
  },
  check(ctx) {
    for (const m of mounts(ctx)) {
      if (!isBind(m) || m.source === undefined) continue;
      if (isReadOnly(m)) continue;
      ctx.report({ messageId: 'writable', pointer: m.options.length ? `${m.pointer}/options` : m.pointer, data: { index: m.index, source: m.source, destination: m.destination } });
    }
  },
});
