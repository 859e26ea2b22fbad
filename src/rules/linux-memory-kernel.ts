import { defineRule, specUrl } from './api.js';

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
      notRecommended: {
        headline: 'linux.resources.memory.{{field}} is NOT RECOMMENDED since runtime-spec 1.1.0',
        detail: 'Kernel memory limits are gone from current kernels (deprecated in Linux 5.4, and cgroup v2 never had them); runc and crun skip the field, so it has no effect.',
        help: 'Remove linux.resources.memory.{{field}}; the memory limit covers kernel memory on current kernels.',
      },
    },
  },
  reads: ['linux.resources.memory'],
  check(ctx) {
    const memory = ctx.config.linux?.resources?.memory;
    if (!memory) return;
    for (const field of ['kernel', 'kernelTCP'] as const) {
      // Set at all: a value of the wrong type does nothing either.
      if (ctx.has(memory, field)) ctx.report({ messageId: 'notRecommended', node: memory, key: field, target: 'key', data: { field } });
    }
  },
});
