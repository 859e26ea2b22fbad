import { defineRule, specUrl } from './api.js';
import { isBind, mountEntries } from './util/mounts.js';

// config.md "Mounts": a mount is a bind mount only when its options hold `bind` or `rbind`; the
// type is then a dummy. A mount typed "bind" (or with no type) but without either option is passed
// to mount(2) as a filesystem called "bind" (or ""), which does not exist: runc 1.1.5 fails with
// "no such device", crun 1.8.1 with "No such device" or "invalid mount type".
export default defineRule({
  meta: {
    id: 'mount-bind-option',
    description: 'A mount of type "bind" or "none", or with no type, must carry a "bind" or "rbind" option.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configMounts'), level: 'MUST' },
    platforms: ['linux'],
    messages: {
      bindType: 'mounts[{{index}}] has type "{{type}}" but no "bind" or "rbind" option, so runtimes ask the kernel for a filesystem named "{{type}}" and fail; add "rbind" (or "bind") to options.',
      noType: 'mounts[{{index}}] has no type and no "bind" or "rbind" option; set the filesystem type, or add "rbind" for a bind mount.',
    },
  },
  check(ctx) {
    for (const m of mountEntries(ctx.array('/mounts'))) {
      if (!ctx.isValid(m.pointer) || isBind(m)) continue;
      if (m.type === 'bind' || m.type === 'none') {
        ctx.report({ messageId: 'bindType', pointer: `${m.pointer}/type`, data: { index: m.index, type: m.type } });
      } else if (m.type === undefined || m.type === '') {
        const pointer = m.type === undefined ? m.pointer : `${m.pointer}/type`;
        ctx.report({ messageId: 'noType', pointer, data: { index: m.index } });
      }
    }
  },
});
