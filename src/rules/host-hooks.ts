import { defineRule, isObject, ptr } from './api.js';

// prestart and createRuntime hooks run in the runtime's namespaces, as the runtime's user
// (usually root on the host): whatever they name executes on the host at every container start.
// They are legitimate (network setup, GPU injection) but belong in a review.
const HOST_HOOKS = ['prestart', 'createRuntime'] as const;

export default defineRule({
  meta: {
    id: 'host-hooks',
    description: 'prestart and createRuntime hooks run host programs as the runtime\'s user and should be reviewed.',
    category: 'security',
    defaultSeverity: 'info',
    securitySeverity: 'low',
    platforms: ['linux'],
    messages: {
      hook: 'hooks.{{kind}}[{{index}}] runs "{{path}}" on the host, in the runtime\'s namespaces and as its user, at every container start.',
    },
  },
  check(ctx) {
    for (const kind of HOST_HOOKS) {
      (ctx.array(ptr('hooks', kind)) ?? []).forEach((h, index) => {
        if (!isObject(h) || typeof h['path'] !== 'string') return;
        ctx.report({ messageId: 'hook', pointer: ptr('hooks', kind, index, 'path'), data: { kind, index, path: h['path'] } });
      });
    }
  },
});
