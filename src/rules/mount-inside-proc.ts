import { defineRule } from './api.js';
import { cleanPosix, isBind, mountEntries } from './util/mounts.js';

// runc refuses a bind mount whose destination lies inside /proc, to stop a container from
// shadowing files such as /proc/sys or /proc/self with host content, except for the few files
// lxcfs emulates. It resolves the destination first, so /proc/net/dev (under the /proc/net
// symlink) is refused too. runc 1.1.5: '"…/proc/kmsg" cannot be mounted because it is inside
// /proc'. crun 1.8.1 accepts these mounts. Other mount types inside /proc are not refused.
const ALLOWED = new Set([
  '/proc/cpuinfo', '/proc/diskstats', '/proc/meminfo', '/proc/stat', '/proc/swaps', '/proc/uptime',
  '/proc/loadavg', '/proc/slabinfo', '/proc/sys/kernel/ns_last_pid',
]);

export default defineRule({
  meta: {
    id: 'mount-inside-proc',
    description: 'A bind mount must not target a path inside /proc, other than the files lxcfs emulates.',
    category: 'runtime',
    defaultSeverity: 'error',
    platforms: ['linux'],
    messages: {
      inside: 'mounts[{{index}}].destination "{{value}}" is inside /proc: runc refuses bind mounts there (crun accepts them); only {{allowed}} may be bind-mounted.',
    },
  },
  check(ctx) {
    for (const m of mountEntries(ctx.array('/mounts'))) {
      const pointer = `${m.pointer}/destination`;
      if (m.destination === undefined || !isBind(m) || !ctx.isValid(pointer)) continue;
      const dest = cleanPosix(m.destination);
      if (!dest.startsWith('/proc/') || ALLOWED.has(dest)) continue;
      ctx.report({ messageId: 'inside', pointer, data: { index: m.index, value: m.destination, allowed: [...ALLOWED].join(', ') } });
    }
  },
});
