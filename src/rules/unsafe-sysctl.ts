import { defineRule, ptr } from './api.js';
import { LATEST_K8S_VERSION, normalizeSysctl, safeSysctls } from './data/safe-sysctls.js';

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
      unsafe: 'linux.sysctl sets "{{key}}", which is not in the safe set of the Pod Security Standards (Kubernetes {{version}}).',
    },
  },
  check(ctx) {
    const sysctl = ctx.object('/linux/sysctl');
    if (!sysctl) return;
    const safe = safeSysctls();
    for (const key of Object.keys(sysctl)) {
      if (!safe.has(normalizeSysctl(key))) ctx.report({ messageId: 'unsafe', pointer: ptr('linux', 'sysctl', key), target: 'key', data: { key, version: LATEST_K8S_VERSION } });
    }
  },
});
