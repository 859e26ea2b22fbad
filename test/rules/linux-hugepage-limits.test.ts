import rule from '../../src/rules/linux-hugepage-limits.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawLinux } from '../helpers/linux.js';

testRule(rule, {
  valid: [
    { name: '2MB and 1GB', config: { linux: { resources: { hugepageLimits: [{ pageSize: '2MB', limit: 0 }, { pageSize: '1GB', limit: 0 }] } } } },
    { name: '64kB under 1.3.0 is the schema\'s pattern finding, not reported twice', config: { ociVersion: '1.3.0', linux: { resources: { hugepageLimits: [{ pageSize: '64kB', limit: 0 }] } } } },
    { name: '64KB', config: { linux: { resources: { hugepageLimits: [{ pageSize: '64KB', limit: 0 }] } } } },
  ],
  invalid: [
    {
      name: '64kB under 1.0.0, whose schema has no pattern (runtime-spec schema-test bad/linux-hugepage.json)',
      config: { ociVersion: '1.0.0', linux: { resources: { hugepageLimits: [{ pageSize: '64kB', limit: 1234123 }] } } },
      errors: [{ messageId: 'unitCase', pointer: '/linux/resources/hugepageLimits/0/pageSize', severity: 'error' }],
    },
    { name: '2mb under 1.0.1', config: { ociVersion: '1.0.1', linux: { resources: { hugepageLimits: [{ pageSize: '2mb', limit: 0 }] } } }, errors: [{ messageId: 'unitCase' }] },
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
