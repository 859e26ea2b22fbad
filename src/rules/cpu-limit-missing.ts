import { defineRule } from './api.js';
import { missingAt } from '../model/places.js';

// Without a CPU quota, weight or cpuset a busy container competes for every host CPU on equal
// terms with the host's own services.
export default defineRule({
  meta: {
    id: 'cpu-limit-missing',
    description: 'linux.resources.cpu should bound the container\'s CPU use (quota, shares or cpus).',
    category: 'security',
    defaultSeverity: 'info',
    securitySeverity: 'low',
    platforms: ['linux'],
    messages: {
      missing: {
        headline: 'linux.resources.cpu sets no positive quota or shares, and no cpus',
        detail: 'The container can use every host CPU, competing on equal terms with the host\'s own services.',
        help: 'Set a quota and period (a hard ceiling), shares (a weight under contention), or a cpus set.',
      },
    },
  },
  // Runs whether or not linux.resources.cpu is there: its absence is the finding.
  check(ctx) {
    const cpu = ctx.config.linux?.resources?.cpu;
    const quota = cpu?.quota;
    const shares = cpu?.shares;
    const cpus = cpu?.cpus;
    if ((quota !== undefined && quota > 0) || (shares !== undefined && shares > 0) || (cpus !== undefined && cpus.trim() !== '')) return;
    ctx.report({ messageId: 'missing', ...missingAt(ctx, ['linux', 'resources', 'cpu']) });
  },
});
