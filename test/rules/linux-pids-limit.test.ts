import rule from '../../src/rules/linux-pids-limit.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawLinux } from '../helpers/linux.js';

testRule(rule, {
  valid: [
    { name: '-1 with --target youki, which writes max for any limit below 1', targets: ['youki'], config: { linux: { resources: { pids: { limit: -1 } } } } },
    { name: '-1 with --target crun: 1.13 and later write max, nothing to report', targets: ['crun'], config: { linux: { resources: { pids: { limit: -1 } } } } },
    { name: 'a limit', config: { linux: { resources: { pids: { limit: 64 } } } } },
    { name: 'no pids block: no limit with any runtime', config: { linux: { resources: { memory: { limit: 67108864 } } } } },
  ],
  invalid: [
    {
      name: 'below -1',
      raw: rawLinux('{"resources": {"pids": {\n  "limit": -5\n}}}'),
      errors: [{ messageId: 'negative', pointer: '/linux/resources/pids/limit', line: 8, column: 12, severity: 'warning' }],
    },
    { name: 'below -1 with --target crun@1.8', targets: ['crun@1.8'], config: { linux: { resources: { pids: { limit: -5 } } } }, errors: [{ messageId: 'negative', severity: 'error' }] },
    { name: '-1: old crun cannot take it', config: { linux: { resources: { pids: { limit: -1 } } } }, errors: [{ messageId: 'minusOne', severity: 'warning' }] },
    { name: '-1 with --target crun@1.8', targets: ['crun@1.8'], config: { linux: { resources: { pids: { limit: -1 } } } }, errors: [{ messageId: 'minusOne', severity: 'error' }] },
    { name: 'below -1 with --target runc, which reads it as no limit', targets: ['runc'], config: { linux: { resources: { pids: { limit: -5 } } } }, errors: [{ messageId: 'negative', severity: 'warning' }] },
    { name: 'zero', config: { linux: { resources: { pids: { limit: 0 } } } }, errors: [{ messageId: 'zero', severity: 'warning' }] },
  ],
});
