import { defineRule } from './api.js';
import { hostBinds, isReadOnly } from '../model/mounts.js';

// A read-write bind mount lets the container change host files: plant a binary the host later
// runs, or fill the host's disk. kube-linter's writable-host-mount flags the same for hostPath.
// Which mounts bring host paths in is model/mounts.ts's hostBinds, as for mount-host-path: a bind
// mount is one whose options hold "bind" or "rbind", so the finding always points at its options;
// a relative source lies in the bundle directory, the place mount-host-path advises for files to
// share; what an engine makes for the container and binds read-write on purpose (its /etc/hosts,
// a pod's emptyDir: engineSources) is left out.
export default defineRule({
  meta: {
    id: 'writable-host-mount',
    description: 'Bind mounts of host paths should be read-only ("ro" or "rro").',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 'medium',
    platforms: ['linux'],
    messages: {
      writable: {
        headline: 'mounts[{{index}}] binds "{{source}}" at "{{destination}}" without "ro"',
        detail: 'The container can modify these host files: plant a binary the host later runs, or fill the host\'s disk.',
        help: 'Add "ro" (or "rro") to the mount\'s options.',
      },
    },
  },
  reads: ['mounts'],
  check(ctx) {
    for (const m of hostBinds(ctx)) {
      if (isReadOnly(m)) continue;
      ctx.report({ messageId: 'writable', node: m.node, key: 'options', data: { index: m.index, source: m.source, destination: m.destination } });
    }
  },
});
