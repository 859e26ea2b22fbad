import { defineRule, specUrl } from './api.js';
import { hooks } from '../model/hooks.js';

// config.md "POSIX-platform Hooks": a hook's env has the semantics of environ, i.e. KEY=value
// strings. runc 1.1.5 and crun 1.8.1 pass the list to the hook unchecked, so a malformed entry
// does not stop the container; the hook just sees a broken environment.
const DETAIL = 'A hook\'s env has the semantics of environ: KEY=value strings. runc 1.1.5 and crun 1.8.1 pass the list to the hook unchecked, so the container starts and the hook sees a broken environment.';

export default defineRule({
  meta: {
    id: 'hook-env-format',
    description: 'Each hook env entry should have the form KEY=value with a non-empty KEY.',
    category: 'spec',
    defaultSeverity: 'warning',
    spec: { url: specUrl('config.md', 'configHooks'), level: 'SHOULD' },
    platforms: ['linux', 'solaris', 'vm', 'zos', 'freebsd'],
    messages: {
      noEquals: {
        headline: 'hooks.{{kind}}[{{index}}].env[{{entry}}] "{{value}}" has no "="',
        detail: DETAIL,
        help: 'Write it as KEY=value.',
      },
      emptyName: {
        headline: 'hooks.{{kind}}[{{index}}].env[{{entry}}] "{{value}}" has an empty variable name',
        detail: DETAIL,
        help: 'Write the variable\'s name before the "=".',
      },
    },
  },
  reads: ['hooks'],
  check(ctx) {
    for (const h of hooks(ctx)) {
      const env = h.node.env;
      if (env === undefined || !ctx.valid(h.node, 'env')) continue;
      env.forEach((e, entry) => {
        if (e === undefined) return;
        const data = { kind: h.kind, index: h.index, entry, value: e };
        const eq = e.indexOf('=');
        if (eq < 0) ctx.report({ messageId: 'noEquals', node: env, key: entry, data });
        else if (eq === 0) ctx.report({ messageId: 'emptyName', node: env, key: entry, data });
      });
    }
  },
});
