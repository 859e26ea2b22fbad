import { defineRule, ptr, specUrl } from './api.js';
import { idMappings, type IdMapping } from './util/linux.js';

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

export default defineRule({
  meta: {
    id: 'linux-idmap-ranges',
    description: 'User namespace mappings must be non-empty, non-overlapping ranges the kernel accepts.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxUserNamespaceMappings'), level: 'MAY' },
    platforms: ['linux'],
    messages: {
      empty: 'linux.{{field}}[{{index}}].size is 0; the kernel refuses an empty mapping range.',
      overflow: 'linux.{{field}}[{{index}}] maps {{side}} ids up to {{end}}, past the largest id 4294967295.',
      overlap: 'linux.{{field}}[{{index}}] overlaps linux.{{field}}[{{other}}] on the {{side}} side ({{side}} ids {{from}}-{{to}}); the kernel refuses overlapping ranges.',
      tooMany: 'linux.{{field}} has {{count}} entries; the kernel accepts at most 340 lines in a uid_map or gid_map.',
      tooLong: 'linux.{{field}} is written to the kernel as {{bytes}} bytes of text; the kernel refuses a uid_map or gid_map write of 4096 bytes or more (one page).',
    },
  },
  check(ctx) {
    for (const field of ['uidMappings', 'gidMappings'] as const) {
      const maps = idMappings(ctx, field);
      if (!maps) continue;
      const count = ctx.array(ptr('linux', field))?.length ?? 0;
      const bytes = maps.reduce((n, m) => n + `${m.containerID} ${m.hostID} ${m.size}\n`.length, 0);
      if (count > MAX_LINES) ctx.report({ messageId: 'tooMany', pointer: ptr('linux', field), data: { field, count } });
      else if (bytes >= PAGE_SIZE) ctx.report({ messageId: 'tooLong', pointer: ptr('linux', field), data: { field, bytes } });
      const usable: IdMapping[] = [];
      for (const m of maps) {
        if (m.size === 0) {
          ctx.report({ messageId: 'empty', pointer: ptr('linux', field, m.index, 'size'), data: { field, index: m.index } });
          continue;
        }
        let bad = false;
        for (const side of ['container', 'host'] as const) {
          const start = side === 'container' ? m.containerID : m.hostID;
          if (start + m.size > ID_LIMIT) {
            bad = true;
            ctx.report({
              messageId: 'overflow',
              pointer: ptr('linux', field, m.index, 'size'),
              data: { field, index: m.index, side, end: start + m.size - 1 },
            });
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
            ctx.report({
              messageId: 'overlap',
              pointer: ptr('linux', field, a.index),
              data: { field, index: a.index, other: b.index, side, from, to },
            });
            break;
          }
        }
      }
    }
  },
});
