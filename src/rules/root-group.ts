import { defineRule } from './api.js';
import { hasUserns } from '../model/namespaces.js';

// Group 0 owns many host files that are group-writable or group-readable (/etc/shadow on some
// distributions, device nodes, sockets); without a user namespace the container's gid 0 is that group.
const DETAIL = 'The process belongs to the host\'s root group, which owns many host files that are group-readable or group-writable (device nodes, sockets, /etc/shadow on some distributions).';

export default defineRule({
  meta: {
    id: 'root-group',
    description: 'The process should not run with group 0 (primary or additional) unless a user namespace remaps it.',
    category: 'security',
    defaultSeverity: 'info',
    securitySeverity: 'low',
    platforms: ['linux'],
    messages: {
      gid: {
        headline: 'process.user.gid is 0, and there is no user namespace',
        detail: DETAIL,
        help: 'Give the process a non-zero primary group, or use a user namespace.',
      },
      additional: {
        headline: 'process.user.additionalGids[{{index}}] is 0, and there is no user namespace',
        detail: DETAIL,
        help: 'Remove 0 from additionalGids, or use a user namespace.',
      },
    },
  },
  reads: ['process.user'],
  check(ctx) {
    const user = ctx.config.process?.user;
    if (!user || hasUserns(ctx)) return;
    if (user.gid === 0) ctx.report({ messageId: 'gid', node: user, key: 'gid' });
    const gids = user.additionalGids;
    gids?.forEach((g, index) => {
      if (g === 0) ctx.report({ messageId: 'additional', node: gids, key: index, data: { index } });
    });
  },
});
