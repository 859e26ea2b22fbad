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
      withLimit: {
        headline: 'linux.resources.memory.disableOOMKiller is true',
        detail: 'Processes that reach the memory limit hang instead of being killed, and the container holds its memory.',
        help: 'Leave the OOM killer enabled, and size the memory limit instead.',
      },
      noLimit: {
        headline: 'linux.resources.memory.disableOOMKiller is true, and no memory limit is set',
        detail: 'The container can drive the host out of memory without being killed.',
        help: 'Leave the OOM killer enabled, and set a memory limit.',
      },
    },
  },
  reads: ['linux.resources.memory'],
  check(ctx) {
    const memory = ctx.config.linux?.resources?.memory;
    if (memory?.disableOOMKiller !== true) return;
    const limit = memory.limit;
    ctx.report({ messageId: limit !== undefined && limit > 0 ? 'withLimit' : 'noLimit', node: memory, key: 'disableOOMKiller' });
  },
});
