import { defineRule, specUrl } from './api.js';
import { isBind, mounts } from '../model/mounts.js';

// config.md "Mounts": for a bind mount `source` is the file or directory to bind, absolute or
// relative to the bundle. Without one, crun 1.8.1 fails at create ("mount `bind` to `mnt`: No
// such file or directory") while runc joins the empty path to the bundle directory and silently
// binds the whole bundle (config.json included) into the container: runc 1.1.5 (runtime oracle),
// and the same code through v1.5.1 (libcontainer/specconv/spec_linux.go, createLibcontainerMount).
export default defineRule({
  meta: {
    id: 'mount-bind-source',
    description: 'A bind mount must name its source.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configMounts'), level: 'MUST' },
    platforms: ['linux'],
    messages: {
      missing: {
        headline: 'mounts[{{index}}] is a bind mount without a source',
        detail: 'crun 1.8.1 refuses it at create ("No such file or directory"); runc (1.1.5 to 1.5.1) takes the empty path from the bundle directory and binds the whole bundle, config.json included, into the container.',
        help: 'Set source to the host path to bind, absolute or relative to the bundle.',
      },
    },
  },
  reads: ['mounts'],
  check(ctx) {
    for (const m of mounts(ctx)) {
      if (!isBind(m) || !ctx.valid(m.node)) continue;
      // A source of the wrong type is config-schema's finding, not a missing one.
      if (m.source === undefined && !ctx.has(m.node, 'source')) {
        ctx.report({ messageId: 'missing', node: m.node, data: { index: m.index } });
      } else if (m.source === '') {
        ctx.report({ messageId: 'missing', node: m.node, key: 'source', data: { index: m.index } });
      }
    }
  },
});
