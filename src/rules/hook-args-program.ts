import { defineRule, ptr, specUrl } from './api.js';
import { hookEntries } from './util/hooks.js';

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
      flag: 'hooks.{{kind}}[{{index}}].args[0] is "{{value}}", an option; args[0] is the program name, so the hook never receives it. Start args with "{{name}}".',
    },
  },
  check(ctx) {
    for (const h of hookEntries(ctx.object('/hooks'))) {
      const args = h.value['args'];
      const path = h.value['path'];
      if (!Array.isArray(args) || typeof args[0] !== 'string' || !ctx.isValid(ptr('hooks', h.kind, h.index, 'args'))) continue;
      const first = args[0];
      if (!first.startsWith('-')) continue;
      const name = typeof path === 'string' && path !== '' ? path.slice(path.lastIndexOf('/') + 1) : 'the program name';
      ctx.report({ messageId: 'flag', pointer: ptr('hooks', h.kind, h.index, 'args', 0), data: { kind: h.kind, index: h.index, value: first, name } });
    }
  },
});
