import { defineRule } from './api.js';
import { hasUserns, isReadOnly, mounts } from './util/security.js';
import { cleanPosix } from './util/mounts.js';

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
      writable: 'mounts[{{index}}] mounts sysfs at "{{destination}}" without "ro": the container\'s root can write host device and kernel settings under /sys.',
    },
  },
  check(ctx) {
    if (hasUserns(ctx)) return;
    for (const m of mounts(ctx)) {
      if (m.type !== 'sysfs' || isReadOnly(m)) continue;
      ctx.report({ messageId: 'writable', pointer: m.options.length ? `${m.pointer}/options` : m.pointer, data: { index: m.index, destination: cleanPosix(m.destination) } });
    }
  },
});
