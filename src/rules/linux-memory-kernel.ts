import { defineRule, ptr, specUrl } from './api.js';

// config-linux.md "Memory": since v1.1.0 `kernel` and `kernelTCP` are NOT RECOMMENDED. Kernel memory
// accounting limits were deprecated in Linux 5.4 and removed from cgroup v1 in 6.x
// (memory.kmem.limit_in_bytes no longer exists), and cgroup v2 has no such files: runc and crun
// ignore or skip them, so the limit silently does nothing.
export default defineRule({
  meta: {
    id: 'linux-memory-kernel',
    description: 'memory.kernel and memory.kernelTCP are not recommended and have no effect on current kernels.',
    category: 'spec',
    defaultSeverity: 'warning',
    spec: { url: specUrl('config-linux.md', 'configLinuxMemory'), level: 'RECOMMENDED' },
    versions: '>=1.1.0',
    platforms: ['linux'],
    messages: {
      notRecommended: 'linux.resources.memory.{{field}} is NOT RECOMMENDED since runtime-spec 1.1.0; kernel memory limits are gone from current kernels, so it has no effect.',
    },
  },
  check(ctx) {
    for (const field of ['kernel', 'kernelTCP']) {
      if (ctx.get(`/linux/resources/memory/${field}`) === undefined) continue;
      ctx.report({ messageId: 'notRecommended', pointer: ptr('linux', 'resources', 'memory', field), target: 'key', data: { field } });
    }
  },
});
