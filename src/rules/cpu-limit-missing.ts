import { defineRule } from './api.js';
import { missingPointer } from './util/resources.js';

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
      missing: 'linux.resources.cpu sets none of quota, shares or cpus (with a positive value): the container can use every host CPU.',
    },
  },
  check(ctx) {
    const quota = ctx.number('/linux/resources/cpu/quota');
    const shares = ctx.number('/linux/resources/cpu/shares');
    const cpus = ctx.string('/linux/resources/cpu/cpus');
    if ((quota !== undefined && quota > 0) || (shares !== undefined && shares > 0) || (cpus !== undefined && cpus.trim() !== '')) return;
    ctx.report({ messageId: 'missing', ...missingPointer(ctx, ['linux', 'resources', 'cpu']) });
  },
});
