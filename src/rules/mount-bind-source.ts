import { defineRule, specUrl } from './api.js';
import { isBind, mountEntries } from './util/mounts.js';

// config.md "Mounts": for a bind mount `source` is the file or directory to bind, absolute or
// relative to the bundle. Without one, crun 1.8.1 fails at create ("mount `bind` to `mnt`: No
// such file or directory") while runc 1.1.5 joins the empty path to the bundle directory and
// silently binds the whole bundle (config.json included) into the container.
export default defineRule({
  meta: {
    id: 'mount-bind-source',
    description: 'A bind mount must name its source.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configMounts'), level: 'MUST' },
    platforms: ['linux'],
    messages: {
      missing: 'mounts[{{index}}] is a bind mount without a source: crun refuses it and runc binds the bundle directory instead; set source to the host path to bind.',
    },
  },
  check(ctx) {
    for (const m of mountEntries(ctx.array('/mounts'))) {
      if (!isBind(m) || !ctx.isValid(m.pointer)) continue;
      if (m.source === undefined && m.value['source'] === undefined) {
        ctx.report({ messageId: 'missing', pointer: m.pointer, data: { index: m.index } });
      } else if (m.source === '') {
        ctx.report({ messageId: 'missing', pointer: `${m.pointer}/source`, data: { index: m.index } });
      }
    }
  },
});
