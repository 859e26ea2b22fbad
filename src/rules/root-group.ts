import { defineRule, ptr } from './api.js';
import { hasUserns } from './util/security.js';

// Group 0 owns many host files that are group-writable or group-readable (/etc/shadow on some
// distributions, device nodes, sockets); without a user namespace the container's gid 0 is that group.
export default defineRule({
  meta: {
    id: 'root-group',
    description: 'The process should not run with group 0 (primary or additional) unless a user namespace remaps it.',
    category: 'security',
    defaultSeverity: 'info',
    securitySeverity: 'low',
    platforms: ['linux'],
    messages: {
      gid: 'process.user.gid is 0 and there is no user namespace: the process belongs to the host\'s root group.',
      additional: 'process.user.additionalGids[{{index}}] is 0 and there is no user namespace: the process belongs to the host\'s root group.',
    },
  },
  check(ctx) {
    if (hasUserns(ctx)) return;
    if (ctx.number('/process/user/gid') === 0) ctx.report({ messageId: 'gid', pointer: '/process/user/gid' });
    (ctx.array('/process/user/additionalGids') ?? []).forEach((g, index) => {
      if (g === 0) ctx.report({ messageId: 'additional', pointer: ptr('process', 'user', 'additionalGids', index), data: { index } });
    });
  },
});
