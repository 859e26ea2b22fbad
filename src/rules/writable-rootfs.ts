import { defineRule } from './api.js';

// A read-only root filesystem keeps an intruder from replacing binaries or libraries the workload
// runs and from persisting tools; writable scratch space belongs in explicit tmpfs mounts.
export default defineRule({
  meta: {
    id: 'writable-rootfs',
    description: 'root.readonly should be true.',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 'medium',
    messages: {
      false: 'root.readonly is false: the process can replace binaries and libraries in the root filesystem.',
      missing: 'root.readonly is not set: the root filesystem is writable, so the process can replace binaries and libraries in it.',
    },
    platforms: ['linux'],
  },
  check(ctx) {
    if (!ctx.object('/root')) return;
    const v = ctx.get('/root/readonly');
    if (v === true) return;
    if (v === false) ctx.report({ messageId: 'false', pointer: '/root/readonly' });
    else if (v === undefined) ctx.report({ messageId: 'missing', pointer: '/root', target: 'key' });
  },
});
