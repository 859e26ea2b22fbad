import { defineRule } from './api.js';
import { hasUserns } from './util/security.js';

// Without a user namespace, uid 0 in the container is uid 0 on the host: every escape (a kernel
// bug, a writable host mount, a leaked file descriptor) lands as the host's root.
export default defineRule({
  meta: {
    id: 'root-without-userns',
    description: 'The process should not run as uid 0 unless a user namespace maps it to an unprivileged host ID.',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 'high',
    platforms: ['linux'],
    messages: {
      root: 'process.user.uid is 0 and linux.namespaces has no "user" entry: the process runs as the host\'s root user.',
    },
  },
  check(ctx) {
    if (ctx.number('/process/user/uid') !== 0 || hasUserns(ctx)) return;
    ctx.report({ messageId: 'root', pointer: '/process/user/uid' });
  },
});
