import { defineRule, ptr } from './api.js';
import { normalizeSysctl } from './data/safe-sysctls.js';

// net.ipv4.ip_unprivileged_port_start below 1024 lets any user in the container bind ports that
// clients trust as privileged (Docker sets it to 0). It is namespaced, so only the container's
// own network namespace is affected.
export default defineRule({
  meta: {
    id: 'unprivileged-port-start',
    description: 'net.ipv4.ip_unprivileged_port_start should not be lowered below 1024.',
    category: 'security',
    defaultSeverity: 'info',
    securitySeverity: 'low',
    platforms: ['linux'],
    messages: {
      low: 'linux.sysctl "{{key}}" is "{{value}}": any user in the container may bind ports below 1024.',
    },
  },
  check(ctx) {
    const sysctl = ctx.object('/linux/sysctl');
    if (!sysctl) return;
    for (const [key, value] of Object.entries(sysctl)) {
      if (normalizeSysctl(key) !== 'net.ipv4.ip_unprivileged_port_start' || typeof value !== 'string') continue;
      const n = Number(value.trim());
      if (Number.isInteger(n) && n < 1024) ctx.report({ messageId: 'low', pointer: ptr('linux', 'sysctl', key), data: { key, value } });
    }
  },
});
