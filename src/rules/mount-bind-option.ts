import { defineRule, specUrl } from './api.js';
import { bindOption, mounts } from '../model/mounts.js';

// config.md "Mounts": a mount is a bind mount only when its options hold `bind` or `rbind`; the
// type is then a dummy. A mount typed "bind" (or with no type) but without either option is passed
// to mount(2) as a filesystem called "bind" (or ""), which does not exist: runc 1.1.5 fails with
// "no such device", crun 1.8.1 with "No such device" or "invalid mount type". The other way round,
// a "bind" or "rbind" option makes a bind mount whatever the type says: {"type": "tmpfs", "source":
// "tmpfs", "options": ["bind"]} binds the bundle's "tmpfs", and runc 1.1.5 and crun 1.8.1 fail when
// there is none ("stat .../tmpfs: no such file or directory", runtime oracle). A warning: the
// source may exist, and then the type is only ignored.
const BIND_TYPES = new Set(['bind', 'rbind', 'none', '']);
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
      typeIgnored: {
        headline: 'mounts[{{index}}].type is "{{type}}", but its "{{option}}" option makes it a bind mount',
        detail: 'With "bind" or "rbind" among the options, runc and crun bind the source and ignore the type: this mount binds {{what}} rather than mounting a new {{type}}.',
        help: 'Remove "{{option}}" to mount a {{type}}, or set type to "bind" to bind the source.',
        severity: 'warning',
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
      if (!ctx.valid(m.node)) continue;
      const option = bindOption(m);
      if (option !== undefined) {
        if (m.type !== undefined && !BIND_TYPES.has(m.type)) {
          const what = m.source === undefined ? 'no source' : m.source.startsWith('/') ? `"${m.source}"` : `"${m.source}" in the bundle directory`;
          ctx.report({ messageId: 'typeIgnored', node: m.node, key: 'type', data: { index: m.index, type: m.type, option, what } });
        }
        continue;
      }
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
