import { defineRule } from './api.js';
import { hasUserns } from '../model/namespaces.js';

// A user namespace only helps if the IDs it maps onto are unprivileged on the host. A mapping
// whose hostID is 0 makes some container ID the host's root (runc spec --rootless run as root
// writes exactly that: containerID 0 -> hostID 0, size 1).
export default defineRule({
  meta: {
    id: 'userns-maps-host-root',
    description: 'User namespace ID mappings should not map any container ID onto host ID 0.',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 'high',
    platforms: ['linux'],
    messages: {
      uid: {
        headline: 'linux.uidMappings[{{index}}].hostID is 0: uid {{containerID}} is the host\'s root user',
        detail: 'Container uid {{containerID}} is root on the host, so the user namespace does not protect the host.',
        help: 'Map the container\'s ids onto a range reserved for it in /etc/subuid, such as hostID 100000 and size 65536.',
      },
      gid: {
        headline: 'linux.gidMappings[{{index}}].hostID is 0: gid {{containerID}} is the host\'s root group',
        detail: 'Container gid {{containerID}} is the host\'s root group, so files owned by group root on the host are reachable from the container.',
        help: 'Map the container\'s ids onto a range reserved for it in /etc/subgid, such as hostID 100000 and size 65536.',
      },
    },
  },
  reads: ['linux.namespaces', 'linux.uidMappings', 'linux.gidMappings'],
  check(ctx) {
    const linux = ctx.config.linux;
    if (!linux || !hasUserns(ctx)) return;
    for (const [field, messageId] of [['uidMappings', 'uid'], ['gidMappings', 'gid']] as const) {
      linux[field]?.forEach((m, index) => {
        if (!m || m.hostID !== 0) return;
        if (m.size !== undefined && m.size <= 0) return;
        ctx.report({ messageId, node: m, key: 'hostID', data: { index, containerID: m.containerID ?? '?' } });
      });
    }
  },
});
