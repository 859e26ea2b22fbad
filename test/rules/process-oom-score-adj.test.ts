import rule from '../../src/rules/process-oom-score-adj.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'upper bound', config: { process: { oomScoreAdj: 1000 } } },
    { name: 'lower bound', config: { process: { oomScoreAdj: -1000 } } },
    { name: 'zero', config: { process: { oomScoreAdj: 0 } } },
  ],
  invalid: [
    {
      name: 'above',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "process": {"cwd": "/", "args": ["/bin/sh"],\n    "oomScoreAdj": 1001}\n}\n',
      errors: [{ messageId: 'range', pointer: '/process/oomScoreAdj', line: 5, column: 20 }],
    },
    { name: 'below', config: { process: { oomScoreAdj: -1001 } }, errors: [{ messageId: 'range' }] },
    { name: 'below, --target youki', targets: ['youki'], config: { process: { oomScoreAdj: -1001 } }, errors: [{ messageId: 'range', severity: 'error' }] },
  ],
});
