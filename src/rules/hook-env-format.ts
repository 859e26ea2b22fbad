import { defineRule, ptr, specUrl } from './api.js';
import { hookEntries } from './util/hooks.js';

// config.md "POSIX-platform Hooks": a hook's env has the semantics of environ, i.e. KEY=value
// strings. runc 1.1.5 and crun 1.8.1 pass the list to the hook unchecked, so a malformed entry
// does not stop the container; the hook just sees a broken environment.
export default defineRule({
  meta: {
    id: 'hook-env-format',
    description: 'Each hook env entry should have the form KEY=value with a non-empty KEY.',
    category: 'spec',
    defaultSeverity: 'warning',
    spec: { url: specUrl('config.md', 'configHooks'), level: 'SHOULD' },
    platforms: ['linux', 'solaris', 'vm', 'zos', 'freebsd'],
    messages: {
      noEquals: 'hooks.{{kind}}[{{index}}].env[{{entry}}] "{{value}}" has no "="; write it as KEY=value.',
      emptyName: 'hooks.{{kind}}[{{index}}].env[{{entry}}] "{{value}}" has an empty variable name.',
    },
  },
  check(ctx) {
    for (const h of hookEntries(ctx.object('/hooks'))) {
      const env = h.value['env'];
      if (!Array.isArray(env) || !ctx.isValid(ptr('hooks', h.kind, h.index, 'env'))) continue;
      env.forEach((e, entry) => {
        if (typeof e !== 'string') return;
        const pointer = ptr('hooks', h.kind, h.index, 'env', entry);
        const data = { kind: h.kind, index: h.index, entry, value: e };
        const eq = e.indexOf('=');
        if (eq < 0) ctx.report({ messageId: 'noEquals', pointer, data });
        else if (eq === 0) ctx.report({ messageId: 'emptyName', pointer, data });
      });
    }
  },
});
