import rule from '../../src/rules/process-io-priority.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'spec example', config: { process: { ioPriority: { class: 'IOPRIO_CLASS_IDLE', priority: 4 } } } },
    { name: 'bounds', config: { process: { ioPriority: { class: 'IOPRIO_CLASS_BE', priority: 7 } } } },
    { name: 'zero', config: { process: { ioPriority: { class: 'IOPRIO_CLASS_RT', priority: 0 } } } },
  ],
  invalid: [
    {
      name: 'BE 8',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "process": {"cwd": "/", "args": ["/bin/sh"],\n    "ioPriority": {"class": "IOPRIO_CLASS_BE", "priority": 8}}\n}\n',
      errors: [{ messageId: 'range', pointer: '/process/ioPriority/priority', line: 5, column: 60, severity: 'error' }],
    },
    { name: 'negative', config: { process: { ioPriority: { class: 'IOPRIO_CLASS_RT', priority: -1 } } }, errors: [{ messageId: 'range' }] },
    // youki checks 0..7 whatever the class, from 0.2.0.
    { name: 'IDLE 9, youki', targets: ['youki'], config: { process: { ioPriority: { class: 'IOPRIO_CLASS_IDLE', priority: 9 } } }, errors: [{ messageId: 'rangeIdle', severity: 'error' }] },
    { name: 'IDLE 9, crun', targets: ['crun'], config: { process: { ioPriority: { class: 'IOPRIO_CLASS_IDLE', priority: 9 } } }, errors: [{ messageId: 'rangeIdle', severity: 'warning' }] },
    { name: 'IDLE 9 is a warning', config: { process: { ioPriority: { class: 'IOPRIO_CLASS_IDLE', priority: 9 } } }, errors: [{ messageId: 'rangeIdle', severity: 'warning' }] },
  ],
});
