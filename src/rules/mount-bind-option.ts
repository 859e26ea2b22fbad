import { defineRule, specUrl } from './api.js';
import { isBind, mounts } from '../model/mounts.js';

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
      bindType: {
        headline: 'mounts[{{index}}].type is "{{type}}", but its options have no "bind" or "rbind"',
        detail: 'Only a "bind" or "rbind" option makes a bind mount. Without one, the runtime asks the kernel for a filesystem named "{{type}}", which does not exist: runc 1.1.5 fails with "no such device", crun 1.8.1 with "No such device" or "invalid mount type".',
        help: 'Add "rbind" (or "bind") to the mount\'s options.',
      },
      noType: {
        headline: 'mounts[{{index}}] has no type and no "bind" or "rbind" option',
        detail: 'The runtime asks the kernel for a filesystem with an empty name, which does not exist: runc 1.1.5 fails with "no such device", crun 1.8.1 with "No such device" or "invalid mount type".',
        help: 'Set type to the filesystem to mount, or add "rbind" to options for a bind mount.',
      },
    },
  },
  reads: ['mounts'],
  check(ctx) {
    for (const m of mounts(ctx)) {
      if (!ctx.valid(m.node) || isBind(m)) continue;
      if (m.type === 'bind' || m.type === 'none') {
        ctx.report({ messageId: 'bindType', node: m.node, key: 'type', data: { index: m.index, type: m.type } });
      } else if (m.type === '') {
        ctx.report({ messageId: 'noType', node: m.node, key: 'type', data: { index: m.index } });
      } else if (m.type === undefined) {
        ctx.report({ messageId: 'noType', node: m.node, data: { index: m.index } });
      }
    }
  },
});
