import { defineRule, specUrl } from './api.js';
import type { Where } from '../model/places.js';

// config.md "Linux Process" scheduler, with sched_setattr(2) semantics. runc 1.2 and later
// validate the same points before create (libcontainer/configs/validate: "invalid
// scheduler.nice", "scheduler.priority can only be specified for SchedFIFO or SchedRR policy",
// "scheduler runtime/deadline/period can only be specified for SchedDeadline policy"); the kernel
// adds the rest (EINVAL): a real-time priority of 1..99, and for SCHED_DEADLINE a runtime of at
// least 1024 ns with runtime <= deadline <= period. runc 1.1.5 and crun 1.8.1 ignore the field.
// crun 1.8.5 and later apply it with sched_setattr (scheduler.c): the kernel then refuses what it
// refuses, but clamps nice into -20..19 and ignores the deadline fields of other policies, and
// crun refuses SCHED_ISO itself ("invalid scheduler"). runc 1.2 maps SCHED_ISO to the kernel's
// number, which sched_setattr refuses. SCHED_ISO is listed by the spec but no mainline kernel
// implements it. runc checks nice only for SCHED_OTHER and SCHED_BATCH; for the other policies the
// kernel clamps it. youki applies the scheduler with sched_setattr from 0.3.2 and fails when the
// kernel refuses (setup_scheduler, process/init/process.rs), and from 0.7.0 also checks nice,
// priority and the deadline fields before create as runc does (validate_spec_for_scheduler,
// validator.rs; 0.6.0 has no validator).
const DL_MIN_RUNTIME = 1024n;

const IGNORED = 'runc 1.1, crun before 1.8.5 and youki before 0.3.2 ignore the field.';
const RUNC = { refuses: '>=1.2' };
const CRUN = { refuses: '>=1.8.5' };
/** youki refuses what sched_setattr refuses from 0.3.2, and what its validator checks from 0.7.0. */
const YOUKI_KERNEL = { refuses: '>=0.3.2' };
const YOUKI_VALIDATOR = { refuses: '>=0.7' };

export default defineRule({
  meta: {
    id: 'process-scheduler',
    description: 'process.scheduler settings must fit the chosen policy as sched_setattr(2) requires.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configLinuxProcess'), level: 'MUST' },
    platforms: ['linux'],
    runtimeVersions: 'runc 1.1.5 and crun 1.8.1 (runtime oracle); runc 1.2.0 to 1.5.1, crun 1.8.5 to 1.29.1 and youki 0.3.2 to 0.7.0 from source',
    messages: {
      nice: {
        headline: 'process.scheduler.nice {{value}} is outside -20..19',
        detail: `runc 1.2 and later and youki 0.7 and later refuse it for SCHED_OTHER and SCHED_BATCH ("invalid scheduler.nice"); crun 1.8.5 and later pass it to sched_setattr, which clamps it into -20..19. ${IGNORED}`,
        help: 'Use a nice value from -20 to 19.',
        runtimes: { runc: RUNC, crun: 'accepts', youki: YOUKI_VALIDATOR },
      },
      priorityNotRt: {
        headline: 'process.scheduler.priority {{value}} is set, but policy is {{policy}}',
        detail: `Only SCHED_FIFO and SCHED_RR use a priority: runc 1.2 and later refuse it, and sched_setattr fails with EINVAL under crun 1.8.5 and later and youki. ${IGNORED}`,
        help: 'Remove priority, or choose SCHED_FIFO or SCHED_RR.',
        runtimes: { runc: RUNC, crun: CRUN, youki: YOUKI_KERNEL },
      },
      priorityRange: {
        headline: 'process.scheduler.priority {{value}} is outside 1..99, the range of {{policy}}',
        detail: `{{policy}} is a real-time policy: sched_setattr fails with EINVAL for a priority outside 1..99, under runc 1.2 and later, crun 1.8.5 and later and youki. ${IGNORED}`,
        help: 'Set a priority from 1 to 99.',
        runtimes: { runc: RUNC, crun: CRUN, youki: YOUKI_KERNEL },
      },
      deadlineOnly: {
        headline: 'process.scheduler.{{name}} is set, but policy is {{policy}}',
        detail: `Only SCHED_DEADLINE uses runtime, deadline and period: runc 1.2 and later and youki 0.7 and later refuse it; crun 1.8.5 and later pass them to sched_setattr, which ignores them for other policies. ${IGNORED}`,
        help: 'Remove {{name}}, or choose SCHED_DEADLINE.',
        runtimes: { runc: RUNC, crun: 'accepts', youki: YOUKI_VALIDATOR },
      },
      dlRuntime: {
        headline: 'process.scheduler.runtime {{value}} is below 1024 ns',
        detail: `1024 ns is the smallest SCHED_DEADLINE runtime: sched_setattr fails with EINVAL under runc 1.2 and later, crun 1.8.5 and later and youki. ${IGNORED}`,
        help: 'Set runtime to 1024 ns or more, with runtime <= deadline <= period.',
        runtimes: { runc: RUNC, crun: CRUN, youki: YOUKI_KERNEL },
      },
      dlOrder: {
        headline: 'process.scheduler: runtime {{runtime}} <= deadline {{deadline}} <= period {{period}} is false',
        detail: `SCHED_DEADLINE requires runtime <= deadline <= period (a period of 0 is taken as the deadline): sched_setattr fails with EINVAL under runc 1.2 and later and youki, and crun 1.8.5 and later refuse it themselves. ${IGNORED}`,
        help: 'Set runtime, deadline and period in nanoseconds so that runtime <= deadline <= period, with a deadline above 0.',
        runtimes: { runc: RUNC, crun: CRUN, youki: YOUKI_KERNEL },
      },
      iso: {
        headline: 'process.scheduler.policy SCHED_ISO is not implemented by mainline Linux kernels',
        detail: `sched_setattr fails with EINVAL under runc 1.2 and later and youki, and crun 1.8.5 and later refuse the policy ("invalid scheduler"). ${IGNORED}`,
        help: 'Choose a policy the kernel implements, such as SCHED_OTHER.',
        severity: 'warning',
        runtimes: { runc: RUNC, crun: CRUN, youki: YOUKI_KERNEL },
      },
    },
  },
  reads: ['process.scheduler'],
  check(ctx) {
    const process = ctx.config.process;
    const s = process?.scheduler;
    const policy = s?.policy;
    if (!process || !s || policy === undefined || !ctx.valid(s, 'policy')) return;
    // A finding about a value that is not given points at the scheduler's key.
    const unset: Where = { node: process, key: 'scheduler', target: 'key' };
    const num = (name: 'nice' | 'priority' | 'runtime' | 'deadline' | 'period'): bigint | undefined => (ctx.valid(s, name) ? ctx.exact(s, name) : undefined);

    if (policy === 'SCHED_ISO') ctx.report({ messageId: 'iso', node: s, key: 'policy' });
    const nice = num('nice');
    if (nice !== undefined && (nice < -20n || nice > 19n)) {
      // runc checks nice only for these two policies; for the others the kernel clamps it.
      const checked = policy === 'SCHED_OTHER' || policy === 'SCHED_BATCH';
      ctx.report({ messageId: 'nice', node: s, key: 'nice', data: { value: nice }, ...(!checked && { runtimes: { runc: 'accepts', crun: 'accepts', youki: 'accepts' } }) });
    }

    const rt = policy === 'SCHED_FIFO' || policy === 'SCHED_RR';
    const priority = num('priority');
    if (priority !== undefined) {
      if (!rt && priority !== 0n) ctx.report({ messageId: 'priorityNotRt', node: s, key: 'priority', data: { value: priority, policy } });
      if (rt && (priority < 1n || priority > 99n)) ctx.report({ messageId: 'priorityRange', node: s, key: 'priority', data: { value: priority, policy } });
    } else if (rt) {
      // An absent priority is 0, which no real-time policy accepts.
      ctx.report({ messageId: 'priorityRange', ...unset, data: { value: '0 (unset)', policy } });
    }

    const runtime = num('runtime');
    const deadline = num('deadline');
    const period = num('period');
    if (policy !== 'SCHED_DEADLINE') {
      for (const [name, v] of [['runtime', runtime], ['deadline', deadline], ['period', period]] as const) {
        if (v !== undefined && v !== 0n) ctx.report({ messageId: 'deadlineOnly', node: s, key: name, data: { name, policy } });
      }
      return;
    }
    const r = runtime ?? 0n;
    const d = deadline ?? 0n;
    const p = period ?? 0n;
    if (r < DL_MIN_RUNTIME) {
      const at: Where = runtime === undefined ? unset : { node: s, key: 'runtime' };
      ctx.report({ messageId: 'dlRuntime', ...at, data: { value: r } });
      return;
    }
    // A period of 0 means "equal to the deadline" for the kernel.
    if (d === 0n || r > d || (p !== 0n && d > p)) {
      const at: Where = deadline === undefined ? unset : { node: s, key: 'deadline' };
      ctx.report({ messageId: 'dlOrder', ...at, data: { runtime: r, deadline: d, period: p === 0n ? `${p} (taken as the deadline)` : p } });
    }
  },
});
