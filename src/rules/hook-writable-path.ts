import { defineRule } from './api.js';
import { WORLD_WRITABLE_DIRS } from './data/sensitive-host-paths.js';
import { hooks } from '../model/hooks.js';
import { cleanPath } from '../model/paths.js';

// Hooks other than startContainer are looked up on the host and run by the runtime, usually as
// root. A hook binary in a world-writable directory can be replaced by any local user, who then
// gets root at the next container start. (startContainer hooks run inside the container.)
export default defineRule({
  meta: {
    id: 'hook-writable-path',
    description: 'Hooks run on the host should not live in world-writable directories such as /tmp.',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 'high',
    platforms: ['linux'],
    messages: {
      writable: {
        headline: 'hooks.{{kind}}[{{index}}].path "{{path}}" is under world-writable {{dir}}',
        detail: 'Any user of the host can write to {{dir}}. The runtime looks the hook up on the host and runs it, usually as root, so a local user can replace the program and run code as the runtime\'s user at the next container start.',
        help: 'Install the hook program in a directory only root can write.',
      },
    },
  },
  reads: ['hooks'],
  check(ctx) {
    for (const { kind, index, node } of hooks(ctx)) {
      const path = node.path;
      if (kind === 'startContainer' || path === undefined || !path.startsWith('/')) continue;
      const p = cleanPath(path);
      const dir = WORLD_WRITABLE_DIRS.find((d) => p.startsWith(d + '/'));
      if (dir) ctx.report({ messageId: 'writable', node, key: 'path', data: { kind, index, path, dir } });
    }
  },
});
