import { defineRule } from './api.js';
import { hasUserns } from './util/security.js';

// Without a user namespace a container uid is a host uid. Low IDs (1-9999) are the ones host
// accounts and system services use, so the container process may own or reach their files.
export default defineRule({
  meta: {
    id: 'low-uid',
    description: 'Without a user namespace, the process should run with a uid and gid of 10000 or more, away from host accounts.',
    category: 'security',
    defaultSeverity: 'info',
    securitySeverity: 'low',
    platforms: ['linux'],
    messages: {
      low: 'process.user.{{field}} is {{value}} and there is no user namespace: the process shares that ID with any host account or service using it.',
    },
  },
  check(ctx) {
    if (hasUserns(ctx)) return;
    for (const field of ['uid', 'gid'] as const) {
      const value = ctx.number(`/process/user/${field}`);
      if (value !== undefined && value >= 1 && value < 10000) ctx.report({ messageId: 'low', pointer: `/process/user/${field}`, data: { field, value } });
    }
  },
});
