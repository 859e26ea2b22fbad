import { defineRule } from './api.js';
import { RUNTIME_SOCKET_DIRS, RUNTIME_SOCKET_NAMES } from './data/sensitive-host-paths.js';
import { isBind, mounts } from './util/security.js';
import { cleanPosix } from './util/mounts.js';

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
      socket: 'mounts[{{index}}].{{field}} is "{{value}}", a container engine API socket: the container can start a privileged container and so control the host.',
      socketDir: 'mounts[{{index}}].source "{{value}}" is a container engine\'s state directory holding its API socket: the container can start a privileged container and so control the host.',
    },
  },
  check(ctx) {
    for (const m of mounts(ctx)) {
      if (!isBind(m)) continue;
      const src = m.source !== undefined && m.source.startsWith('/') ? cleanPosix(m.source) : undefined;
      if (src && RUNTIME_SOCKET_NAMES.includes(baseName(src))) {
        ctx.report({ messageId: 'socket', pointer: `${m.pointer}/source`, data: { index: m.index, field: 'source', value: m.source! } });
      } else if (src && RUNTIME_SOCKET_DIRS.includes(src)) {
        ctx.report({ messageId: 'socketDir', pointer: `${m.pointer}/source`, data: { index: m.index, value: m.source! } });
      } else if (RUNTIME_SOCKET_NAMES.includes(baseName(cleanPosix(m.destination)))) {
        ctx.report({ messageId: 'socket', pointer: `${m.pointer}/destination`, data: { index: m.index, field: 'destination', value: m.destination } });
      }
    }
  },
});

/** The last component of a path (a goal-3 config asks this of 10,000 paths: no split). */
function baseName(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}
