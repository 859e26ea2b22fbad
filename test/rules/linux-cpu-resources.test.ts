import rule from '../../src/rules/linux-cpu-resources.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawLinux } from '../helpers/linux.js';

testRule(rule, {
  valid: [
    { name: 'shares at the bottom', config: { linux: { resources: { cpu: { shares: 2 } } } } },
    { name: 'shares at the top', config: { linux: { resources: { cpu: { shares: 262144 } } } } },
    { name: 'typical', config: { linux: { resources: { cpu: { shares: 1024, quota: 50000, period: 100000, cpus: '0-3,7', mems: '0', burst: 10000 } } } } },
    { name: 'no quota', config: { linux: { resources: { cpu: { quota: -1, period: 100000, cpus: '' } } } } },
    { name: 'realtime', config: { linux: { resources: { cpu: { realtimeRuntime: 950000, realtimePeriod: 1000000 } } } } },
  ],
  invalid: [
    {
      name: 'malformed cpus',
      raw: rawLinux('{"resources": {"cpu": {\n  "cpus": "0-a"\n}}}'),
      errors: [{ messageId: 'list', pointer: '/linux/resources/cpu/cpus', line: 8, column: 11 }],
    },
    { name: 'backwards range', config: { linux: { resources: { cpu: { mems: '3-1' } } } }, errors: [{ messageId: 'list', pointer: '/linux/resources/cpu/mems' }] },
    { name: 'shares 1', config: { linux: { resources: { cpu: { shares: 1 } } } }, errors: [{ messageId: 'shares', pointer: '/linux/resources/cpu/shares', severity: 'warning' }] },
    { name: 'shares above 262144 with --target runc', targets: ['runc'], config: { linux: { resources: { cpu: { shares: 262145 } } } }, errors: [{ messageId: 'shares', severity: 'error' }] },
    { name: 'quota below 1000', config: { linux: { resources: { cpu: { quota: 500, period: 100000 } } } }, errors: [{ messageId: 'quota' }] },
    { name: 'period above 1s', config: { linux: { resources: { cpu: { quota: 50000, period: 2000000 } } } }, errors: [{ messageId: 'period' }] },
    { name: 'burst above quota', config: { linux: { resources: { cpu: { quota: 50000, period: 100000, burst: 60000 } } } }, errors: [{ messageId: 'burst' }] },
    { name: 'realtime runtime above period', config: { linux: { resources: { cpu: { realtimeRuntime: 2000000, realtimePeriod: 1000000 } } } }, errors: [{ messageId: 'realtime' }] },
  ],
});
