import { defineRule } from './api.js';
import { missingPointer } from './util/resources.js';

// Without a memory limit one container can take the host's memory; the kernel's OOM killer then
// picks victims across the host.
export default defineRule({
  meta: {
    id: 'memory-limit-missing',
    description: 'linux.resources.memory.limit should be set to a positive number of bytes.',
    category: 'security',
    defaultSeverity: 'info',
    securitySeverity: 'low',
    platforms: ['linux'],
    messages: {
      missing: 'linux.resources.memory.limit is not set: the container can use all of the host\'s memory.',
      unlimited: 'linux.resources.memory.limit is {{value}}: the container can use all of the host\'s memory.',
    },
  },
  check(ctx) {
    const v = ctx.get('/linux/resources/memory/limit');
    if (typeof v === 'number') {
      if (v <= 0) ctx.report({ messageId: 'unlimited', pointer: '/linux/resources/memory/limit', data: { value: v } });
      return;
    }
    if (v !== undefined) return;
    ctx.report({ messageId: 'missing', ...missingPointer(ctx, ['linux', 'resources', 'memory']) });
  },
});
