import { defineRule } from './api.js';

// A real-time scheduling policy or I/O class lets a busy loop in the container starve every
// normal-priority task on its CPUs or disks, host services included.
export default defineRule({
  meta: {
    id: 'realtime-scheduling',
    description: 'The process should not use a real-time CPU scheduling policy or the real-time I/O class.',
    category: 'security',
    defaultSeverity: 'info',
    securitySeverity: 'low',
    platforms: ['linux'],
    messages: {
      scheduler: 'process.scheduler.policy is "{{value}}": the process can starve normal-priority host tasks on its CPUs.',
      io: 'process.ioPriority.class is "IOPRIO_CLASS_RT": the process can starve the host\'s other disk I/O.',
    },
  },
  check(ctx) {
    const policy = ctx.string('/process/scheduler/policy');
    if (policy === 'SCHED_FIFO' || policy === 'SCHED_RR' || policy === 'SCHED_DEADLINE') ctx.report({ messageId: 'scheduler', pointer: '/process/scheduler/policy', data: { value: policy } });
    if (ctx.string('/process/ioPriority/class') === 'IOPRIO_CLASS_RT') ctx.report({ messageId: 'io', pointer: '/process/ioPriority/class' });
  },
});
