import rule from '../../src/rules/realtime-scheduling.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawConfig } from '../helpers/security.js';

const r = rawConfig('"process": {"cwd": "/", "args": ["/bin/sh"], "user": {"uid": 0, "gid": 0}, "scheduler": {"policy": "SCHED_FIFO", "priority": 10}}');

testRule(rule, {
  valid: [{ name: 'batch', config: { process: { scheduler: { policy: 'SCHED_BATCH' }, ioPriority: { class: 'IOPRIO_CLASS_BE', priority: 4 } } } }],
  invalid: [
    { name: 'fifo', raw: r.raw, errors: [{ messageId: 'scheduler', pointer: '/process/scheduler/policy', ...r.at('policy', '"SCHED_FIFO"') }] },
    { name: 'rt io', config: { process: { ioPriority: { class: 'IOPRIO_CLASS_RT', priority: 0 } } }, errors: [{ messageId: 'io', pointer: '/process/ioPriority/class' }] },
  ],
});
