import { defineRule, specUrl } from './api.js';
import { hooks } from '../model/hooks.js';
import { baseName } from '../model/paths.js';

// config.md "POSIX-platform Hooks": a hook's args are execv's argv, so args[0] is the program's
// own name and the real arguments start at args[1]. A list that starts with a flag has almost
// certainly left out argv[0]: the hook then never sees that flag (runc and crun pass the list as
// given). A different program name in args[0] is a legitimate multi-call pattern and is not reported.
export default defineRule({
  meta: {
    id: 'hook-args-program',
    description: 'A hook\'s args[0] is the program name (argv[0]), not its first argument.',
    category: 'best-practice',
    defaultSeverity: 'warning',
    spec: { url: specUrl('config.md', 'configHooks'), level: 'MAY' },
    platforms: ['linux', 'solaris', 'vm', 'zos', 'freebsd'],
    messages: {
      flag: {
        headline: 'hooks.{{kind}}[{{index}}].args[0] is "{{value}}", an option, not the program name',
        detail: 'A hook\'s args are execv\'s argv: args[0] is the program\'s own name and the arguments start at args[1], so the hook never receives "{{value}}". runc and crun pass the list as given.',
        help: 'Start args with "{{name}}".',
      },
    },
  },
  reads: ['hooks'],
  check(ctx) {
    for (const h of hooks(ctx)) {
      const args = h.node.args;
      const first = args?.[0];
      if (args === undefined || first === undefined || !ctx.valid(h.node, 'args')) continue;
      if (!first.startsWith('-')) continue;
      const path = h.node.path;
      const name = path !== undefined && path !== '' ? baseName(path) : 'the program name';
      ctx.report({ messageId: 'flag', node: args, key: 0, data: { kind: h.kind, index: h.index, value: first, name } });
    }
  },
});
