import rule from '../../src/rules/linux-hugepage-limits.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawLinux } from '../helpers/linux.js';

testRule(rule, {
  valid: [
    { name: '2MB and 1GB', config: { linux: { resources: { hugepageLimits: [{ pageSize: '2MB', limit: 0 }, { pageSize: '1GB', limit: 0 }] } } } },
    { name: '64KB', config: { linux: { resources: { hugepageLimits: [{ pageSize: '64KB', limit: 0 }] } } } },
  ],
  invalid: [
    {
      name: 'not a power of two',
      raw: rawLinux('{"resources": {"hugepageLimits": [\n  {"pageSize": "3MB", "limit": 0}\n]}}'),
      errors: [{ messageId: 'notPowerOfTwo', pointer: '/linux/resources/hugepageLimits/0/pageSize', line: 8, column: 16, severity: 'error' }],
    },
    {
      name: 'same size twice in other units',
      config: { linux: { resources: { hugepageLimits: [{ pageSize: '2MB', limit: 0 }, { pageSize: '2048KB', limit: 1 }] } } },
      errors: [{ messageId: 'duplicate', pointer: '/linux/resources/hugepageLimits/1/pageSize', severity: 'warning' }],
    },
  ],
});
