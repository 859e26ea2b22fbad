import { defineRule } from './api.js';
import { capabilities, quoteList } from './util/security.js';

// Ambient capabilities are kept across execve of ordinary (non-setuid, capability-less) programs,
// so a non-root process and everything it starts hold them.
export default defineRule({
  meta: {
    id: 'capability-ambient',
    description: 'process.capabilities.ambient should be empty.',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 'medium',
    platforms: ['linux'],
    messages: {
      ambient: 'process.capabilities.ambient holds {{names}}: these capabilities survive execve into every program the process starts, even as a non-root user.',
    },
  },
  check(ctx) {
    const names = capabilities(ctx).filter((c) => c.set === 'ambient').map((c) => c.name);
    if (names.length === 0) return;
    ctx.report({ messageId: 'ambient', pointer: '/process/capabilities/ambient', data: { names: quoteList([...new Set(names)]) } });
  },
});
