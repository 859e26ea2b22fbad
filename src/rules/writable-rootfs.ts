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
      false: {
        headline: 'root.readonly is false',
        detail: 'The process can replace binaries and libraries in the root filesystem.',
        help: 'Set root.readonly to true, and give the paths the workload writes their own tmpfs mounts.',
      },
      missing: {
        headline: 'root.readonly is not set',
        detail: 'The root filesystem is then writable, so the process can replace binaries and libraries in it.',
        help: 'Set root.readonly to true, and give the paths the workload writes their own tmpfs mounts.',
      },
    },
    platforms: ['linux'],
  },
  // root is there whenever the rule reports: root.readonly missing from it is the finding.
  reads: ['root'],
  check(ctx) {
    const root = ctx.config.root;
    if (!root) return;
    const v = root.readonly;
    if (v === true) return;
    if (v === false) ctx.report({ messageId: 'false', node: root, key: 'readonly' });
    // A value of the wrong type is config-schema's finding, not a missing one.
    else if (!ctx.has(root, 'readonly')) ctx.report({ messageId: 'missing', node: ctx.config, key: 'root', target: 'key' });
  },
});
