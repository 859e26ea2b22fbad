import rule from '../../src/rules/linux-pids-limit.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawLinux } from '../helpers/linux.js';

testRule(rule, {
  valid: [
    { name: 'a limit', config: { linux: { resources: { pids: { limit: 64 } } } } },
    { name: 'unlimited', config: { linux: { resources: { pids: { limit: -1 } } } } },
  ],
  invalid: [
    {
      name: 'below -1',
      raw: rawLinux('{"resources": {"pids": {\n  "limit": -5\n}}}'),
      errors: [{ messageId: 'negative', pointer: '/linux/resources/pids/limit', line: 8, column: 12 }],
    },
    { name: 'zero', config: { linux: { resources: { pids: { limit: 0 } } } }, errors: [{ messageId: 'zero', severity: 'warning' }] },
  ],
});
