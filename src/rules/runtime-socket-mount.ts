import { defineRule } from './api.js';
import { RUNTIME_SOCKET_DIRS, RUNTIME_SOCKET_NAMES } from './data/sensitive-host-paths.js';
import { isBind, mounts } from '../model/mounts.js';
import { baseName, cleanPath } from '../model/paths.js';
import { fieldOf } from '../model/view.js';

// Whoever can talk to a container engine's API socket can ask it for a privileged container with
// the host's root bind-mounted: it is root on the host, read-only bind or not (a socket is used
// with connect(), which "ro" does not prevent).
export default defineRule({
  meta: {
    id: 'runtime-socket-mount',
    description: 'A container engine API socket (docker.sock, containerd.sock, crio.sock, podman.sock) should not be mounted into the container.',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 'critical',
    platforms: ['linux'],
    messages: {
      socket: {
        headline: '{{field}} "{{value}}" is a container engine API socket',
        detail: 'Through it the container can have the engine start a privileged container, and so control the host. A read-only bind does not prevent that: a socket is used with connect(), which "ro" does not restrict.',
        help: 'Remove the mount.',
      },
      socketDir: {
        headline: 'mounts[{{index}}].source "{{value}}" is a container engine\'s state directory',
        detail: 'The directory holds the engine\'s API socket: through it the container can start a privileged container, and so control the host.',
        help: 'Remove the mount.',
      },
    },
  },
  reads: ['mounts'],
  check(ctx) {
    for (const m of mounts(ctx)) {
      if (m.destination === undefined || !isBind(m)) continue;
      const src = m.source !== undefined && m.source.startsWith('/') ? cleanPath(m.source) : undefined;
      if (src && RUNTIME_SOCKET_NAMES.includes(baseName(src))) {
        ctx.report({ messageId: 'socket', node: m.node, key: 'source', data: { field: fieldOf(m.node, 'source'), value: m.source! } });
      } else if (src && RUNTIME_SOCKET_DIRS.includes(src)) {
        ctx.report({ messageId: 'socketDir', node: m.node, key: 'source', data: { index: m.index, value: m.source! } });
      } else if (RUNTIME_SOCKET_NAMES.includes(baseName(cleanPath(m.destination)))) {
        ctx.report({ messageId: 'socket', node: m.node, key: 'destination', data: { field: fieldOf(m.node, 'destination'), value: m.destination } });
      }
    }
  },
});
