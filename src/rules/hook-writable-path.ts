import { defineRule, isObject, ptr } from './api.js';
import { WORLD_WRITABLE_DIRS } from './data/sensitive-host-paths.js';
import { cleanPosix } from './util/mounts.js';

// Hooks other than startContainer are looked up on the host and run by the runtime, usually as
// root. A hook binary in a world-writable directory can be replaced by any local user, who then
// gets root at the next container start.
const HOOK_KINDS = ['prestart', 'createRuntime', 'createContainer', 'poststart', 'poststop'] as const;

export default defineRule({
  meta: {
    id: 'hook-writable-path',
    description: 'Hooks run on the host should not live in world-writable directories such as /tmp.',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 'high',
    platforms: ['linux'],
    messages: {
      writable: 'hooks.{{kind}}[{{index}}].path "{{path}}" is under {{dir}}, which any host user can write: they can replace the hook and run code as the runtime\'s user.',
    },
  },
  check(ctx) {
    for (const kind of HOOK_KINDS) {
      (ctx.array(ptr('hooks', kind)) ?? []).forEach((h, index) => {
        if (!isObject(h) || typeof h['path'] !== 'string' || !h['path'].startsWith('/')) return;
        const p = cleanPosix(h['path']);
        const dir = WORLD_WRITABLE_DIRS.find((d) => p.startsWith(d + '/'));
        if (dir) ctx.report({ messageId: 'writable', pointer: ptr('hooks', kind, index, 'path'), data: { kind, index, path: h['path'], dir } });
      });
    }
  },
});
