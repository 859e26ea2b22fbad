import { isObject, ptr } from './api.js';
import { defineRule } from './api.js';
import { hasUserns } from './util/security.js';

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
      uid: 'linux.uidMappings[{{index}}].hostID is 0: container uid {{containerID}} is the host\'s root user, so the user namespace does not protect the host.',
      gid: 'linux.gidMappings[{{index}}].hostID is 0: container gid {{containerID}} is the host\'s root group, so files owned by group root on the host are reachable.',
    },
  },
  check(ctx) {
    if (!hasUserns(ctx)) return;
    for (const [field, messageId] of [['uidMappings', 'uid'], ['gidMappings', 'gid']] as const) {
      (ctx.array(ptr('linux', field)) ?? []).forEach((m, index) => {
        if (!isObject(m) || m['hostID'] !== 0) return;
        if (typeof m['size'] === 'number' && m['size'] <= 0) return;
        const containerID = typeof m['containerID'] === 'number' ? m['containerID'] : '?';
        ctx.report({ messageId, pointer: ptr('linux', field, index, 'hostID'), data: { index, containerID } });
      });
    }
  },
});
