import { defineRule } from './api.js';
import { missingAt } from '../model/places.js';

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
      missing: {
        headline: 'linux.resources.memory.limit is not set',
        detail: 'The container can use all of the host\'s memory; when the host runs out, the kernel\'s OOM killer picks victims across the host.',
        help: 'Set linux.resources.memory.limit to the most memory the workload needs, in bytes.',
      },
      unlimited: {
        headline: 'linux.resources.memory.limit is {{value}}: no limit',
        detail: 'The container can use all of the host\'s memory.',
        help: 'Set it to a positive number of bytes.',
      },
    },
  },
  // Runs whether or not the limit is there: its absence is the finding.
  check(ctx) {
    const memory = ctx.config.linux?.resources?.memory;
    const limit = memory?.limit;
    if (memory !== undefined && limit !== undefined) {
      if (limit <= 0) ctx.report({ messageId: 'unlimited', node: memory, key: 'limit', data: { value: limit } });
      return;
    }
    // A limit of the wrong type is config-schema's finding, not a missing one.
    if (memory !== undefined && ctx.has(memory, 'limit')) return;
    ctx.report({ messageId: 'missing', ...missingAt(ctx, ['linux', 'resources', 'memory']) });
  },
});
