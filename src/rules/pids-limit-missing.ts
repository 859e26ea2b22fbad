import { defineRule } from './api.js';
import { missingAt } from '../model/places.js';

// A fork bomb in a container without a pids limit exhausts the host's PID space, and then no
// process on the host can fork.
const DETAIL = 'A fork bomb in the container can exhaust the host\'s process IDs, and then nothing on the host can fork.';

export default defineRule({
  meta: {
    id: 'pids-limit-missing',
    description: 'linux.resources.pids.limit should be set to a positive number.',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 'medium',
    platforms: ['linux'],
    messages: {
      missing: {
        headline: 'linux.resources.pids.limit is not set',
        detail: DETAIL,
        help: 'Set linux.resources.pids.limit to the most tasks the workload needs (Podman uses 2048 by default).',
      },
      unlimited: {
        headline: 'linux.resources.pids.limit is {{value}} (unlimited)',
        detail: DETAIL,
        help: 'Set it to a positive number of tasks.',
      },
    },
  },
  // Runs whether or not the limit is there: its absence is the finding.
  check(ctx) {
    const pids = ctx.config.linux?.resources?.pids;
    const limit = pids?.limit;
    if (pids !== undefined && limit !== undefined) {
      if (limit <= 0) ctx.report({ messageId: 'unlimited', node: pids, key: 'limit', data: { value: limit } });
      return;
    }
    // A limit of the wrong type is config-schema's finding, not a missing one.
    if (pids !== undefined && ctx.has(pids, 'limit')) return;
    ctx.report({ messageId: 'missing', ...missingAt(ctx, ['linux', 'resources', 'pids']) });
  },
});
