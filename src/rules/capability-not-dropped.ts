import { defineRule, ptr } from './api.js';
import { RESTRICTED_CAPABILITIES } from './data/capabilities.js';
import { CAP_SETS, capabilities, quoteList } from './util/security.js';

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
      kept: 'process.capabilities.{{set}} keeps {{names}}: a restricted container drops every capability except CAP_NET_BIND_SERVICE.',
    },
  },
  check(ctx) {
    const extra = capabilities(ctx).filter((c) => c.set !== 'inheritable' && !RESTRICTED_CAPABILITIES.includes(c.name));
    if (extra.length === 0) return;
    const names = [...new Set(extra.map((c) => c.name))];
    const set = CAP_SETS.find((s) => extra.some((c) => c.set === s))!;
    ctx.report({ messageId: 'kept', pointer: ptr('process', 'capabilities', set), data: { set, names: quoteList(names) } });
  },
});
