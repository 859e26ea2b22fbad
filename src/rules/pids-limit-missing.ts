import { defineRule } from './api.js';
import { missingPointer } from './util/resources.js';

// A fork bomb in a container without a pids limit exhausts the host's PID space, and then no
// process on the host can fork.
export default defineRule({
  meta: {
    id: 'pids-limit-missing',
    description: 'linux.resources.pids.limit should be set to a positive number.',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 'medium',
    platforms: ['linux'],
    messages: {
      missing: 'linux.resources.pids.limit is not set: a fork bomb in the container can exhaust the host\'s process IDs.',
      unlimited: 'linux.resources.pids.limit is {{value}} (unlimited): a fork bomb in the container can exhaust the host\'s process IDs.',
    },
  },
  check(ctx) {
    const v = ctx.get('/linux/resources/pids/limit');
    if (typeof v === 'number') {
      if (v <= 0) ctx.report({ messageId: 'unlimited', pointer: '/linux/resources/pids/limit', data: { value: v } });
      return;
    }
    if (v !== undefined) return;
    ctx.report({ messageId: 'missing', ...missingPointer(ctx, ['linux', 'resources', 'pids']) });
  },
});
