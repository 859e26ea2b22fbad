import { defineRule } from './api.js';
import { capabilities } from '../model/capabilities.js';

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
      ambient: {
        headline: 'process.capabilities.ambient holds {{names}}',
        detail: 'Ambient capabilities survive execve into every program the process starts, even when it runs as a non-root user.',
        help: 'Empty process.capabilities.ambient. If one program needs a capability, give that file a capability of its own (setcap) instead.',
      },
    },
  },
  reads: ['process.capabilities'],
  check(ctx) {
    const caps = ctx.config.process?.capabilities;
    if (!caps) return;
    const names = capabilities(ctx).filter((c) => c.set === 'ambient').map((c) => c.name);
    if (names.length === 0) return;
    ctx.report({ messageId: 'ambient', node: caps, key: 'ambient', data: { names: [...new Set(names)].map((n) => `"${n}"`).join(', ') } });
  },
});
