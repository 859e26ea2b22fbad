import rule from '../../src/rules/linux-blkio-weight.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawLinux } from '../helpers/linux.js';

testRule(rule, {
  valid: [
    { name: 'weights in range', config: { linux: { resources: { blockIO: { weight: 10, leafWeight: 1000, weightDevice: [{ major: 8, minor: 0, weight: 500 }, { major: 8, minor: 16, leafWeight: 300 }] } } } } },
    { name: 'zero means unset', config: { linux: { resources: { blockIO: { weight: 0 } } } } },
  ],
  invalid: [
    {
      name: 'weightDevice without weights',
      raw: rawLinux('{"resources": {"blockIO": {"weightDevice": [\n  {"major": 8, "minor": 0}\n]}}}'),
      errors: [{ messageId: 'noWeight', pointer: '/linux/resources/blockIO/weightDevice/0', line: 8, column: 3 }],
    },
    { name: 'weight above 1000', config: { linux: { resources: { blockIO: { weight: 1001 } } } }, errors: [{ messageId: 'tooHigh', pointer: '/linux/resources/blockIO/weight' }] },
    { name: 'weight below 10', config: { linux: { resources: { blockIO: { weightDevice: [{ major: 8, minor: 0, weight: 5 }] } } } }, errors: [{ messageId: 'tooLow', severity: 'warning', pointer: '/linux/resources/blockIO/weightDevice/0/weight' }] },
  ],
});
