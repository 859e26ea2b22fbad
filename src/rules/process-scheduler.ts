import { defineRule, specUrl } from './api.js';

// config.md "Linux Process" scheduler, with sched_setattr(2) semantics. runc 1.2 and later
// validate the same points before create (libcontainer/configs/validate: "invalid
// scheduler.nice", "scheduler.priority can only be specified for SchedFIFO or SchedRR policy",
// "scheduler runtime/deadline/period can only be specified for SchedDeadline policy"); the kernel
// adds the rest (EINVAL): a real-time priority of 1..99, and for SCHED_DEADLINE a runtime of at
// least 1024 ns with runtime <= deadline <= period. runc 1.1.5 and crun 1.8.1 ignore the field.
// SCHED_ISO is listed by the spec but no mainline kernel implements it.
const DL_MIN_RUNTIME = 1024n;

export default defineRule({
  meta: {
    id: 'process-scheduler',
    description: 'process.scheduler settings must fit the chosen policy as sched_setattr(2) requires.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configLinuxProcess'), level: 'MUST' },
    platforms: ['linux'],
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    runtimes: {
      nice: { runc: 'accepts', crun: 'accepts' },
      priorityNotRt: { runc: 'accepts', crun: 'accepts' },
      priorityRange: { runc: 'accepts', crun: 'accepts' },
      deadlineOnly: { runc: 'accepts', crun: 'accepts' },
      dlRuntime: { runc: 'accepts', crun: 'accepts' },
      dlOrder: { runc: 'accepts', crun: 'accepts' },
      iso: { runc: 'accepts', crun: 'accepts' },
    },
    messages: {
      nice: 'process.scheduler.nice {{value}} is outside -20..19; runc refuses it.',
      priorityNotRt: 'process.scheduler.priority {{value}} is set, but only SCHED_FIFO and SCHED_RR use a priority (policy is {{policy}}); runc refuses it.',
      priorityRange: 'process.scheduler.priority {{value}} is outside 1..99, the real-time range of {{policy}}; sched_setattr fails with EINVAL.',
      deadlineOnly: 'process.scheduler.{{name}} is set, but only SCHED_DEADLINE uses runtime, deadline and period (policy is {{policy}}); runc refuses it.',
      dlRuntime: 'process.scheduler.runtime {{value}} is below 1024 ns, the smallest SCHED_DEADLINE runtime; sched_setattr fails with EINVAL.',
      dlOrder: 'process.scheduler: runtime {{runtime}} <= deadline {{deadline}} <= period {{period}} must hold for SCHED_DEADLINE; sched_setattr fails with EINVAL.',
      iso: 'process.scheduler.policy SCHED_ISO is not implemented by mainline Linux kernels; setting it fails with EINVAL.',
    },
  },
  check(ctx) {
    const s = ctx.object('/process/scheduler');
    const policy = ctx.string('/process/scheduler/policy');
    if (!s || policy === undefined || !ctx.isValid('/process/scheduler/policy')) return;
    const num = (name: string): bigint | undefined => (ctx.isValid(`/process/scheduler/${name}`) ? ctx.bigint(`/process/scheduler/${name}`) : undefined);

    if (policy === 'SCHED_ISO') ctx.report({ messageId: 'iso', pointer: '/process/scheduler/policy', severity: 'warning' });
    const nice = num('nice');
    if (nice !== undefined && (nice < -20n || nice > 19n)) ctx.report({ messageId: 'nice', pointer: '/process/scheduler/nice', data: { value: nice } });

    const rt = policy === 'SCHED_FIFO' || policy === 'SCHED_RR';
    const priority = num('priority');
    if (priority !== undefined) {
      if (!rt && priority !== 0n) ctx.report({ messageId: 'priorityNotRt', pointer: '/process/scheduler/priority', data: { value: priority, policy } });
      if (rt && (priority < 1n || priority > 99n)) ctx.report({ messageId: 'priorityRange', pointer: '/process/scheduler/priority', data: { value: priority, policy } });
    } else if (rt) {
      // An absent priority is 0, which no real-time policy accepts.
      ctx.report({ messageId: 'priorityRange', pointer: '/process/scheduler', target: 'key', data: { value: '0 (unset)', policy } });
    }

    const runtime = num('runtime');
    const deadline = num('deadline');
    const period = num('period');
    if (policy !== 'SCHED_DEADLINE') {
      for (const [name, v] of [['runtime', runtime], ['deadline', deadline], ['period', period]] as const) {
        if (v !== undefined && v !== 0n) ctx.report({ messageId: 'deadlineOnly', pointer: `/process/scheduler/${name}`, data: { name, policy } });
      }
      return;
    }
    const r = runtime ?? 0n;
    const d = deadline ?? 0n;
    const p = period ?? 0n;
    if (r < DL_MIN_RUNTIME) {
      ctx.report({ messageId: 'dlRuntime', pointer: runtime === undefined ? '/process/scheduler' : '/process/scheduler/runtime', target: runtime === undefined ? 'key' : 'value', data: { value: r } });
      return;
    }
    // A period of 0 means "equal to the deadline" for the kernel.
    if (d === 0n || r > d || (p !== 0n && d > p)) {
      ctx.report({ messageId: 'dlOrder', pointer: deadline === undefined ? '/process/scheduler' : '/process/scheduler/deadline', target: deadline === undefined ? 'key' : 'value', data: { runtime: r, deadline: d, period: p === 0n ? `${p} (taken as the deadline)` : p } });
    }
  },
});
