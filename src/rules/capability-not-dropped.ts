import { defineRule } from './api.js';
import { RESTRICTED_CAPABILITIES } from './data/capabilities.js';
import { CAP_SETS, capabilities } from '../model/capabilities.js';

// The Pod Security Standards restricted profile drops every capability and allows only
// CAP_NET_BIND_SERVICE back. One finding for the whole list keeps the report readable.
export default defineRule({
  meta: {
    id: 'capability-not-dropped',
    description: 'The process should hold no capability other than CAP_NET_BIND_SERVICE.',
    category: 'security',
    defaultSeverity: 'info',
    securitySeverity: 'low',
    platforms: ['linux'],
    messages: {
      kept: {
        headline: 'process.capabilities.{{set}} keeps {{names}}',
        detail: 'A restricted container (the Pod Security Standards restricted profile) drops every capability except CAP_NET_BIND_SERVICE.',
        help: 'Empty every set, then add back CAP_NET_BIND_SERVICE only if the workload binds a port below 1024.',
      },
    },
  },
  reads: ['process.capabilities'],
  check(ctx) {
    const caps = ctx.config.process?.capabilities;
    if (!caps) return;
    const extra = capabilities(ctx).filter((c) => c.set !== 'inheritable' && !RESTRICTED_CAPABILITIES.includes(c.name));
    if (extra.length === 0) return;
    const names = [...new Set(extra.map((c) => c.name))];
    const set = CAP_SETS.find((s) => extra.some((c) => c.set === s))!;
    ctx.report({ messageId: 'kept', node: caps, key: set, data: { set, names: names.map((n) => `"${n}"`).join(', ') } });
  },
});
