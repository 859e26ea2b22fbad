import { defineRule, specUrl } from './api.js';
import { idMappings, type IdMapping } from '../model/users.js';

// The kernel takes the mappings as lines of /proc/PID/uid_map and gid_map (user_namespaces(7)) and
// refuses the whole write with EINVAL when a range is empty, when two ranges overlap on either the
// container side or the host side, when a range runs past 2^32-1, or when there are more than 340
// lines (the limit since Linux 4.15; it was 5 before, which runtime-tools still enforces), or when
// the text written is a page (4096 bytes on most systems) or longer: runtimes write one
// "containerID hostID size" line per entry, so 340 entries of large ids do not fit (verified: 340
// lines of ~13 bytes refused, 330 of ~11 accepted). Both
// runtimes then fail at create: crun "writing file `/proc/N/uid_map`: Invalid argument", runc with
// an opaque "can't get final child's PID from pipe: EOF".
const MAX_LINES = 340;
const ID_LIMIT = 2 ** 32;
const PAGE_SIZE = 4096;
const REFUSED = 'The kernel refuses the whole mapping then, and the runtime fails at create: crun with "writing file `/proc/N/{{file}}`: Invalid argument", runc only with "can\'t get final child\'s PID from pipe: EOF".';

export default defineRule({
  meta: {
    id: 'linux-idmap-ranges',
    description: 'User namespace mappings must be non-empty, non-overlapping ranges the kernel accepts.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxUserNamespaceMappings'), level: 'MAY' },
    platforms: ['linux'],
    messages: {
      empty: {
        headline: 'linux.{{field}}[{{index}}].size is 0',
        detail: `The kernel refuses an empty mapping range. ${REFUSED}`,
        help: 'Give the range a size of at least 1, or remove the entry.',
      },
      overflow: {
        headline: 'linux.{{field}}[{{index}}] maps {{side}} ids up to {{end}}, past 4294967295',
        detail: `4294967295 is the largest id. ${REFUSED}`,
        help: 'Lower the start or the size so that the range ends at 4294967295 or before.',
      },
      overlap: {
        headline: 'linux.{{field}}[{{index}}] overlaps entry {{other}} on {{side}} ids {{from}}-{{to}}',
        detail: `The kernel refuses overlapping ranges on the container side and on the host side. ${REFUSED}`,
        help: 'Split or shorten the ranges so that no id is mapped twice.',
      },
      tooMany: {
        headline: 'linux.{{field}} has {{count}} entries, more than 340',
        detail: `The kernel accepts at most 340 lines in a uid_map or gid_map (since Linux 4.15). ${REFUSED}`,
        help: 'Merge adjacent ranges into fewer entries.',
      },
      tooLong: {
        headline: 'linux.{{field}} is written as {{bytes}} bytes of {{file}} text, 4096 or more',
        detail: `The runtime writes one "containerID hostID size" line per entry, and the kernel refuses a uid_map or gid_map write of a page (4096 bytes) or more. ${REFUSED}`,
        help: 'Merge adjacent ranges into fewer entries.',
      },
    },
  },
  reads: ['linux.uidMappings', 'linux.gidMappings'],
  check(ctx) {
    const linux = ctx.config.linux;
    if (!linux) return;
    for (const field of ['uidMappings', 'gidMappings'] as const) {
      const maps = idMappings(ctx, field);
      if (!maps) continue;
      const file = field === 'uidMappings' ? 'uid_map' : 'gid_map';
      const count = linux[field]?.length ?? 0;
      const bytes = maps.reduce((n, m) => n + `${m.containerID} ${m.hostID} ${m.size}\n`.length, 0);
      if (count > MAX_LINES) ctx.report({ messageId: 'tooMany', node: linux, key: field, data: { field, count, file } });
      else if (bytes >= PAGE_SIZE) ctx.report({ messageId: 'tooLong', node: linux, key: field, data: { field, bytes, file } });
      const usable: IdMapping[] = [];
      for (const m of maps) {
        if (m.size === 0) {
          ctx.report({ messageId: 'empty', node: m.node, key: 'size', data: { field, index: m.index, file } });
          continue;
        }
        let bad = false;
        for (const side of ['container', 'host'] as const) {
          const start = side === 'container' ? m.containerID : m.hostID;
          if (start + m.size > ID_LIMIT) {
            bad = true;
            ctx.report({ messageId: 'overflow', node: m.node, key: 'size', data: { field, index: m.index, side, end: start + m.size - 1, file } });
          }
        }
        if (!bad) usable.push(m);
      }
      for (let i = 0; i < usable.length; i++) {
        const a = usable[i]!;
        for (let j = 0; j < i; j++) {
          const b = usable[j]!;
          for (const side of ['container', 'host'] as const) {
            const as = side === 'container' ? a.containerID : a.hostID;
            const bs = side === 'container' ? b.containerID : b.hostID;
            const from = Math.max(as, bs);
            const to = Math.min(as + a.size, bs + b.size) - 1;
            if (from > to) continue;
            ctx.report({ messageId: 'overlap', node: a.node, data: { field, index: a.index, other: b.index, side, from, to, file } });
            break;
          }
        }
      }
    }
  },
});
