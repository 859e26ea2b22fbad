import { defineRule } from './api.js';
import { cleanPosix, mountEntries } from './util/mounts.js';

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
      root: 'mounts[{{index}}].destination "{{value}}" is the container root: runc and crun refuse it; set the root filesystem with root.path instead.',
    },
  },
  check(ctx) {
    for (const m of mountEntries(ctx.array('/mounts'))) {
      const pointer = `${m.pointer}/destination`;
      if (m.destination === undefined || m.destination === '' || !ctx.isValid(pointer)) continue;
      if (cleanPosix(m.destination) === '/') ctx.report({ messageId: 'root', pointer, data: { index: m.index, value: m.destination } });
    }
  },
});
