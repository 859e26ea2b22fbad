import { defineRule } from './api.js';
import { isBind, mounts } from '../model/mounts.js';
import { cleanPath } from '../model/paths.js';

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
      inside: {
        headline: 'mounts[{{index}}].destination "{{value}}" is a bind mount inside /proc',
        detail: 'runc 1.1.5 refuses bind mounts inside /proc ("cannot be mounted because it is inside /proc"), so that host content cannot shadow files such as /proc/sys; crun 1.8.1 accepts them. Only {{allowed}} may be bind-mounted there.',
        help: 'Bind the file outside /proc, or leave the mount out.',
      },
    },
  },
  reads: ['mounts'],
  check(ctx) {
    for (const m of mounts(ctx)) {
      if (m.destination === undefined || !isBind(m) || !ctx.valid(m.node, 'destination')) continue;
      const dest = cleanPath(m.destination);
      if (!dest.startsWith('/proc/') || ALLOWED.has(dest)) continue;
      ctx.report({ messageId: 'inside', node: m.node, key: 'destination', data: { index: m.index, value: m.destination, allowed: [...ALLOWED].join(', ') } });
    }
  },
});
