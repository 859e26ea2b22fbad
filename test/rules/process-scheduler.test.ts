import rule from '../../src/rules/process-scheduler.js';
import { testRule } from '../helpers/rule-tester.js';

const sched = (s: Record<string, unknown>) => ({ process: { scheduler: s } });

testRule(rule, {
  valid: [
    { name: 'batch with nice (runc test suite)', config: sched({ policy: 'SCHED_BATCH', priority: 0, nice: 19 }) },
    { name: 'fifo with priority', config: sched({ policy: 'SCHED_FIFO', priority: 10 }) },
    { name: 'deadline (runc test suite)', config: sched({ policy: 'SCHED_DEADLINE', flags: ['SCHED_FLAG_RESET_ON_FORK'], nice: 19, priority: 0, runtime: 42000, deadline: 100000, period: 1000000 }) },
    { name: 'deadline with period 0 = deadline', config: sched({ policy: 'SCHED_DEADLINE', runtime: 42000, deadline: 100000 }) },
    { name: 'other with nothing', config: sched({ policy: 'SCHED_OTHER' }) },
  ],
  invalid: [
    {
      name: 'nice out of range',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "process": {"cwd": "/", "args": ["/bin/sh"],\n    "scheduler": {"policy": "SCHED_OTHER", "nice": 20}}\n}\n',
      errors: [{ messageId: 'nice', pointer: '/process/scheduler/nice', line: 5, column: 52 }],
    },
    { name: 'priority with OTHER', config: sched({ policy: 'SCHED_OTHER', priority: 5 }), errors: [{ messageId: 'priorityNotRt', pointer: '/process/scheduler/priority' }] },
    { name: 'RR priority 100', config: sched({ policy: 'SCHED_RR', priority: 100 }), errors: [{ messageId: 'priorityRange' }] },
    { name: 'FIFO without priority', config: sched({ policy: 'SCHED_FIFO' }), errors: [{ messageId: 'priorityRange', pointer: '/process/scheduler' }] },
    { name: 'deadline fields with OTHER', config: sched({ policy: 'SCHED_OTHER', runtime: 1, period: 2 }), errors: [{ messageId: 'deadlineOnly', pointer: '/process/scheduler/runtime' }, { messageId: 'deadlineOnly', pointer: '/process/scheduler/period' }] },
    { name: 'deadline runtime too small', config: sched({ policy: 'SCHED_DEADLINE', runtime: 100, deadline: 1000 }), errors: [{ messageId: 'dlRuntime' }] },
    { name: 'deadline runtime above deadline', config: sched({ policy: 'SCHED_DEADLINE', runtime: 200000, deadline: 100000, period: 1000000 }), errors: [{ messageId: 'dlOrder', pointer: '/process/scheduler/deadline' }] },
    { name: 'deadline above period', config: sched({ policy: 'SCHED_DEADLINE', runtime: 2000, deadline: 100000, period: 50000 }), errors: [{ messageId: 'dlOrder' }] },
    { name: 'SCHED_ISO', config: sched({ policy: 'SCHED_ISO' }), errors: [{ messageId: 'iso', severity: 'warning' }] },
    // youki: sched_setattr's refusals from 0.3.2, its own checks of nice, priority and the deadline fields from 0.7.0.
    { name: 'nice out of range, youki 0.7', targets: ['youki@0.7'], config: sched({ policy: 'SCHED_OTHER', nice: 20 }), errors: [{ messageId: 'nice', severity: 'error' }] },
    { name: 'nice out of range, youki 0.6 (the kernel clamps it)', targets: ['youki@0.6'], config: sched({ policy: 'SCHED_OTHER', nice: 20 }), errors: [{ messageId: 'nice', severity: 'warning' }] },
    { name: 'nice out of range with FIFO, youki', targets: ['youki'], config: sched({ policy: 'SCHED_FIFO', priority: 1, nice: -21 }), errors: [{ messageId: 'nice', severity: 'warning' }] },
    { name: 'deadline fields with OTHER, youki 0.6', targets: ['youki@0.6'], config: sched({ policy: 'SCHED_OTHER', runtime: 1 }), errors: [{ messageId: 'deadlineOnly', severity: 'warning' }] },
    { name: 'deadline fields with OTHER, youki', targets: ['youki'], config: sched({ policy: 'SCHED_OTHER', runtime: 1 }), errors: [{ messageId: 'deadlineOnly', severity: 'error' }] },
    { name: 'priority with OTHER, youki 0.6', targets: ['youki@0.6'], config: sched({ policy: 'SCHED_OTHER', priority: 5 }), errors: [{ messageId: 'priorityNotRt', severity: 'error' }] },
    { name: 'RR priority 100, youki 0.3.1 (no scheduler yet)', targets: ['youki@0.3.1'], config: sched({ policy: 'SCHED_RR', priority: 100 }), errors: [{ messageId: 'priorityRange', severity: 'warning' }] },
    { name: 'SCHED_ISO, youki', targets: ['youki'], config: sched({ policy: 'SCHED_ISO' }), errors: [{ messageId: 'iso', severity: 'error' }] },
  ],
});
