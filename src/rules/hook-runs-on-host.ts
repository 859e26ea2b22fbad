import { defineRule, specUrl } from './api.js';
import { hooks } from '../model/hooks.js';

// prestart and createRuntime hooks run in the runtime's namespaces, as the runtime's user
// (usually root on the host): whatever they name executes on the host at every container start.
// They are legitimate (network setup, GPU injection) but belong in a review.
export default defineRule({
  meta: {
    id: 'hook-runs-on-host',
    description: 'prestart and createRuntime hooks run host programs as the runtime\'s user and should be reviewed.',
    category: 'security',
    defaultSeverity: 'info',
    securitySeverity: 'low',
    spec: { url: specUrl('config.md', 'configHooks'), level: 'MAY' },
    platforms: ['linux'],
    messages: {
      hook: {
        headline: 'hooks.{{kind}}[{{index}}] runs "{{path}}" on the host',
        detail: 'It runs in the runtime\'s namespaces and as the runtime\'s user (usually root on the host), at every container start. Such hooks are legitimate (network setup, GPU injection), but belong in a review.',
        help: 'Check that the program is one you trust to run on the host as the runtime\'s user.',
      },
    },
  },
  reads: ['hooks.prestart', 'hooks.createRuntime'],
  check(ctx) {
    for (const h of hooks(ctx)) {
      if (h.kind !== 'prestart' && h.kind !== 'createRuntime') continue;
      const path = h.node.path;
      if (path !== undefined) ctx.report({ messageId: 'hook', node: h.node, key: 'path', data: { kind: h.kind, index: h.index, path } });
    }
  },
});
