import { defineRule } from './api.js';
import { mounts } from '../model/mounts.js';
import { cleanPath } from '../model/paths.js';

// The rootfs is given by `root`, not by a mount. A mount whose destination is "/" either fails
// (crun 1.8.1: "mount `tmpfs` to ``: Invalid argument") or hides the rootfs and the /proc mounted
// before it, so runc 1.1.5 fails with "open /proc/self/fd: no such file or directory".
export default defineRule({
  meta: {
    id: 'mount-destination-root',
    description: 'No mount may have "/" as its destination.',
    category: 'runtime',
    defaultSeverity: 'error',
    platforms: ['linux'],
    messages: {
      root: {
        headline: 'mounts[{{index}}].destination "{{value}}" is the container\'s root',
        detail: 'The root filesystem comes from root.path, not from a mount. crun 1.8.1 fails ("mount `tmpfs` to ``: Invalid argument"); runc 1.1.5 hides the rootfs and the /proc mounted before it, then fails with "open /proc/self/fd: no such file or directory".',
        help: 'Remove the mount, and set the root filesystem with root.path.',
      },
    },
  },
  reads: ['mounts'],
  check(ctx) {
    for (const m of mounts(ctx)) {
      if (m.destination === undefined || m.destination === '' || !ctx.valid(m.node, 'destination')) continue;
      if (cleanPath(m.destination) === '/') ctx.report({ messageId: 'root', node: m.node, key: 'destination', data: { index: m.index, value: m.destination } });
    }
  },
});
