import { defineRule } from './api.js';
import { isBind, mounts } from '../model/mounts.js';
import { cleanPath } from '../model/paths.js';
import { procfsHas } from './data/procfs-entries.js';

// runc refuses a bind mount whose destination lies inside /proc, to stop a container from
// shadowing files such as /proc/sys or /proc/self with host content, except for the few files
// lxcfs emulates. It resolves the destination first, so /proc/net/dev (under the /proc/net
// symlink) is refused too. runc 1.1.5: '"…/proc/kmsg" cannot be mounted because it is inside
// /proc'. crun 1.8.1 accepts these mounts. From runc 1.1.14 and 1.2.0, every mount point goes
// through the same check (createMountpoint), so a tmpfs or any other type inside /proc is refused
// too; before, and in crun, such a mount works where procfs has the path, and fails where it does
// not: procfs creates no directory, so no runtime can make the mount point.
// runc 1.1.13 and later also allow /proc/sys/crypto/fips_enabled.
const ALLOWED = new Set([
  '/proc/cpuinfo', '/proc/diskstats', '/proc/meminfo', '/proc/stat', '/proc/swaps', '/proc/uptime',
  '/proc/loadavg', '/proc/slabinfo', '/proc/sys/kernel/ns_last_pid', '/proc/sys/crypto/fips_enabled',
]);

export default defineRule({
  meta: {
    id: 'mount-inside-proc',
    description: 'A mount must not target a path inside /proc, other than the files lxcfs emulates.',
    category: 'runtime',
    defaultSeverity: 'error',
    platforms: ['linux'],
    messages: {
      inside: {
        headline: 'mounts[{{index}}].destination "{{value}}" is a bind mount inside /proc',
        detail: 'runc 1.1.5 refuses bind mounts inside /proc ("cannot be mounted because it is inside /proc"), so that host content cannot shadow files such as /proc/sys; crun 1.8.1 accepts them. Only {{allowed}} may be bind-mounted there.',
        help: 'Bind the file outside /proc, or leave the mount out.',
        runtimes: { runc: 'refuses', crun: 'accepts' },
      },
      nonBind: {
        headline: 'mounts[{{index}}].destination "{{value}}" is a {{type}} mount inside /proc',
        detail: 'runc 1.1.14 and later refuse every mount inside /proc ("cannot be mounted because it is inside /proc"), bind or not, except {{allowed}}; older runc releases and crun mount it, since procfs has the path.',
        help: 'Use linux.maskedPaths or linux.readonlyPaths to hide or protect a /proc entry, or leave the mount out.',
        runtimes: { runc: { refuses: '>=1.1.14' }, crun: 'accepts' },
      },
      noSuchEntry: {
        headline: 'mounts[{{index}}].destination "{{value}}" is inside /proc, where procfs has no such entry',
        detail: 'procfs creates no file or directory on request, so the runtime cannot make the mount point and create fails (runc 1.1.14 and later refuse any mount inside /proc before that).',
        help: 'Mount it outside /proc, or leave the mount out.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
    },
  },
  reads: ['mounts'],
  check(ctx) {
    for (const m of mounts(ctx)) {
      if (m.destination === undefined || !ctx.valid(m.node, 'destination')) continue;
      const dest = cleanPath(m.destination);
      if (!dest.startsWith('/proc/') || ALLOWED.has(dest)) continue;
      if (!isBind(m)) {
        const data = { index: m.index, value: m.destination, type: m.type ?? 'typeless', allowed: [...ALLOWED].join(', ') };
        ctx.report({ messageId: procfsHas(dest) === false ? 'noSuchEntry' : 'nonBind', node: m.node, key: 'destination', data });
        continue;
      }
      ctx.report({ messageId: 'inside', node: m.node, key: 'destination', data: { index: m.index, value: m.destination, allowed: [...ALLOWED].join(', ') } });
    }
  },
});
