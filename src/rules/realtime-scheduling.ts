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
      scheduler: {
        headline: 'process.scheduler.policy is "{{value}}", a real-time policy',
        detail: 'A busy loop in the container can starve normal-priority tasks on its CPUs, host services included.',
        help: 'Use SCHED_OTHER or SCHED_BATCH, unless the container is a reviewed real-time workload with CPU isolation.',
      },
      io: {
        headline: 'process.ioPriority.class is "IOPRIO_CLASS_RT"',
        detail: 'The process can starve the host\'s other disk I/O.',
        help: 'Use the best-effort class, IOPRIO_CLASS_BE, unless the container is a reviewed real-time workload.',
      },
    },
  },
  reads: ['process.scheduler', 'process.ioPriority'],
  check(ctx) {
    const scheduler = ctx.config.process?.scheduler;
    const policy = scheduler?.policy;
    if (scheduler && (policy === 'SCHED_FIFO' || policy === 'SCHED_RR' || policy === 'SCHED_DEADLINE')) {
      ctx.report({ messageId: 'scheduler', node: scheduler, key: 'policy', data: { value: policy } });
    }
    const io = ctx.config.process?.ioPriority;
    if (io?.class === 'IOPRIO_CLASS_RT') ctx.report({ messageId: 'io', node: io, key: 'class' });
  },
});
