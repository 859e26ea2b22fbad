import { defineRule, ptr, specUrl } from './api.js';
import { hookEntries } from './util/hooks.js';

// config.md "POSIX-platform Hooks": a hook's path extends execv's and MUST be absolute. runc 1.1.5
// runs it as given and fails at create with "fork/exec true: no such file or directory" for a
// relative one; crun 1.8.1 happens to accept it. Both only find out when the hook runs.
export default defineRule({
  meta: {
    id: 'hook-path-absolute',
    description: 'Every hook path must be an absolute path.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configHooks'), level: 'MUST' },
    platforms: ['linux', 'solaris', 'vm', 'zos', 'freebsd'],
    messages: {
      relative: 'hooks.{{kind}}[{{index}}].path must be an absolute path, got "{{value}}".',
      empty: 'hooks.{{kind}}[{{index}}].path is empty; it must be the absolute path of the hook program.',
    },
  },
  check(ctx) {
    for (const h of hookEntries(ctx.object('/hooks'))) {
      const pointer = ptr('hooks', h.kind, h.index, 'path');
      const value = h.value['path'];
      if (typeof value !== 'string' || !ctx.isValid(pointer)) continue;
      const data = { kind: h.kind, index: h.index, value };
      if (value === '') ctx.report({ messageId: 'empty', pointer, data });
      else if (!value.startsWith('/')) ctx.report({ messageId: 'relative', pointer, data });
    }
  },
});
