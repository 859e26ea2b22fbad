import { defineRule } from './api.js';
import { normalizeSysctl } from '../model/sysctls.js';

// net.ipv4.ip_unprivileged_port_start below 1024 lets any user in the container bind ports that
// clients trust as privileged (Docker sets it to 0). It is namespaced, so only the container's
// own network namespace is affected.
export default defineRule({
  meta: {
    id: 'unprivileged-port-start',
    description: 'linux.sysctl should not lower the first unprivileged port (ip_unprivileged_port_start) below 1024.',
    category: 'security',
    defaultSeverity: 'info',
    securitySeverity: 'low',
    platforms: ['linux'],
    messages: {
      low: {
        headline: 'linux.sysctl "{{key}}" is "{{value}}", below 1024',
        detail: 'Any user in the container may bind ports below 1024, which clients trust as privileged.',
        help: 'Leave the default (1024), and give the one program that needs a low port CAP_NET_BIND_SERVICE.',
      },
    },
  },
  reads: ['linux.sysctl'],
  check(ctx) {
    const sysctl = ctx.config.linux?.sysctl;
    if (!sysctl) return;
    for (const [key, value] of Object.entries(sysctl)) {
      if (normalizeSysctl(key) !== 'net.ipv4.ip_unprivileged_port_start' || value === undefined) continue;
      const n = Number(value.trim());
      if (Number.isInteger(n) && n < 1024) ctx.report({ messageId: 'low', node: sysctl, key, data: { key, value } });
    }
  },
});
