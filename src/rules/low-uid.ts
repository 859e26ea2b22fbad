import { defineRule } from './api.js';
import { hasUserns } from '../model/namespaces.js';

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
      low: {
        headline: 'process.user.{{field}} is {{value}}, and there is no user namespace',
        detail: 'The process shares that ID with any host account or service using it: IDs below 10000 are the ones host accounts and system services use.',
        help: 'Use IDs of 10000 or more that no host account uses, or a user namespace.',
      },
    },
  },
  reads: ['process.user'],
  check(ctx) {
    const user = ctx.config.process?.user;
    if (!user || hasUserns(ctx)) return;
    for (const field of ['uid', 'gid'] as const) {
      const value = user[field];
      if (value !== undefined && value >= 1 && value < 10000) ctx.report({ messageId: 'low', node: user, key: field, data: { field, value } });
    }
  },
});
