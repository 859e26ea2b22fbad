import { defineRule } from './api.js';
import { LATEST_K8S_VERSION, safeSysctls } from './data/safe-sysctls.js';
import { normalizeSysctl } from '../model/sysctls.js';

// Only a few sysctls are namespaced tightly enough to be safe to set per container; the Pod
// Security Standards keep a versioned allow-list (the newest one is used). Anything else either
// touches host-wide state or weakens the container's own network hardening.
export default defineRule({
  meta: {
    id: 'unsafe-sysctl',
    description: 'linux.sysctl should only set sysctls the Pod Security Standards list as safe.',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 'medium',
    platforms: ['linux'],
    messages: {
      unsafe: {
        headline: 'linux.sysctl sets "{{key}}", outside the Pod Security Standards\' safe set',
        detail: 'The safe set (of Kubernetes {{version}}) holds the sysctls namespaced tightly enough to set per container; the others touch host-wide state or weaken the container\'s own network hardening.',
        help: 'Remove the sysctl, or set it on the host if it is a host-wide setting.',
      },
    },
  },
  reads: ['linux.sysctl'],
  check(ctx) {
    const sysctl = ctx.config.linux?.sysctl;
    if (!sysctl) return;
    const safe = safeSysctls();
    for (const key of Object.keys(sysctl)) {
      if (!safe.has(normalizeSysctl(key))) ctx.report({ messageId: 'unsafe', node: sysctl, key, target: 'key', data: { key, version: LATEST_K8S_VERSION } });
    }
  },
});
