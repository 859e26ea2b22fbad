import { defineRule } from './api.js';

// With the OOM killer disabled, a container that reaches its memory limit hangs instead of losing
// a process; without a limit the host itself runs out of memory first.
export default defineRule({
  meta: {
    id: 'oom-killer-disabled',
    description: 'linux.resources.memory.disableOOMKiller should not be true.',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 'medium',
    platforms: ['linux'],
    messages: {
      withLimit: 'linux.resources.memory.disableOOMKiller is true: processes that reach the memory limit hang instead of being killed.',
      noLimit: 'linux.resources.memory.disableOOMKiller is true and no memory limit is set: the container can drive the host out of memory without being killed.',
    },
  },
  check(ctx) {
    if (ctx.boolean('/linux/resources/memory/disableOOMKiller') !== true) return;
    const limit = ctx.number('/linux/resources/memory/limit');
    ctx.report({ messageId: limit !== undefined && limit > 0 ? 'withLimit' : 'noLimit', pointer: '/linux/resources/memory/disableOOMKiller' });
  },
});
