import { defineRule } from './api.js';
import { isReadOnly, mounts } from '../model/mounts.js';
import { hasUserns } from '../model/namespaces.js';
import { cleanPath } from '../model/paths.js';

// A read-write sysfs lets the container's root change device, power and kernel module settings
// of the host (e.g. /sys/kernel/uevent_helper, /sys/power). In a user namespace the kernel itself
// refuses those writes, so the rule only applies without one.
export default defineRule({
  meta: {
    id: 'writable-sysfs',
    description: 'sysfs should be mounted read-only ("ro") unless the container has a user namespace.',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 'high',
    platforms: ['linux'],
    messages: {
      writable: {
        headline: 'mounts[{{index}}] mounts sysfs at "{{destination}}" without "ro"',
        detail: 'Without a user namespace, the container\'s root can write the host\'s device, power and kernel module settings under /sys (such as /sys/kernel/uevent_helper).',
        help: 'Add "ro" to the mount\'s options, or give the container a user namespace.',
      },
    },
  },
  reads: ['mounts'],
  check(ctx) {
    if (hasUserns(ctx)) return;
    for (const m of mounts(ctx)) {
      if (m.destination === undefined || m.type !== 'sysfs' || isReadOnly(m)) continue;
      const data = { index: m.index, destination: cleanPath(m.destination) };
      // At the options when there are some (strings among them), else at the mount.
      if (m.options.length) ctx.report({ messageId: 'writable', node: m.node, key: 'options', data });
      else ctx.report({ messageId: 'writable', node: m.node, data });
    }
  },
});
