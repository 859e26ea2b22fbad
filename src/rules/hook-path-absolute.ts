import { defineRule, specUrl } from './api.js';
import { hooks } from '../model/hooks.js';

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
      relative: {
        headline: 'hooks.{{kind}}[{{index}}].path "{{value}}" is not an absolute path',
        detail: 'A hook\'s path must be absolute. runc 1.1.5 runs it as given and fails at create ("fork/exec {{value}}: no such file or directory"); crun 1.8.1 happens to accept it. Both only find out when the hook runs.',
        help: 'Write the absolute path of the hook program on the host.',
      },
      empty: {
        headline: 'hooks.{{kind}}[{{index}}].path is empty',
        help: 'Set it to the absolute path of the hook program.',
      },
    },
  },
  reads: ['hooks'],
  check(ctx) {
    for (const h of hooks(ctx)) {
      const value = h.node.path;
      if (value === undefined || !ctx.valid(h.node, 'path')) continue;
      const data = { kind: h.kind, index: h.index, value };
      if (value === '') ctx.report({ messageId: 'empty', node: h.node, key: 'path', data });
      else if (!value.startsWith('/')) ctx.report({ messageId: 'relative', node: h.node, key: 'path', data });
    }
  },
});
