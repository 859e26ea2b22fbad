import rule from '../../src/rules/linux-cpu-resources.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawLinux } from '../helpers/linux.js';

testRule(rule, {
  valid: [
    { name: 'shares at the bottom', config: { linux: { resources: { cpu: { shares: 2 } } } } },
    { name: 'shares at the top', config: { linux: { resources: { cpu: { shares: 262144 } } } } },
    { name: 'typical', config: { linux: { resources: { cpu: { shares: 1024, quota: 50000, period: 100000, cpus: '0-3,7', mems: '0', burst: 10000 } } } } },
    { name: 'empty cpus', config: { linux: { resources: { cpu: { period: 100000, cpus: '' } } } } },
    // Only crun before 1.8.4 refuses a negative quota (on cgroup v1): nothing to report for a
    // --target whose releases all run it.
    { name: 'no quota, for crun', targets: ['crun'], config: { linux: { resources: { cpu: { quota: -1 } } } } },
    { name: 'no quota, for crun 1.8.4', targets: ['crun@1.8.4'], config: { linux: { resources: { cpu: { quota: -5 } } } } },
    { name: 'no quota, for runc 1.1', targets: ['runc@1.1'], config: { linux: { resources: { cpu: { quota: -1 } } } } },
    // The kernel's list syntax (runtime oracle, runc 1.1.5 and crun 1.8.1, Linux 6.18): empty entries are skipped.
    { name: 'empty entries, spaces, all, N and strides', config: { linux: { resources: { cpu: { cpus: '0,,1, 2,', mems: ',0' } } } } },
    { name: 'all, N and a stride', config: { linux: { resources: { cpu: { cpus: 'all', mems: '0-N' } } } } },
    { name: 'a stride', config: { linux: { resources: { cpu: { cpus: '0-1:1/2' } } } } },
    { name: 'idle 0 and 1', config: { linux: { resources: { cpu: { idle: 1 } } } } },
    { name: 'realtime', config: { linux: { resources: { cpu: { realtimeRuntime: 950000, realtimePeriod: 1000000 } } } } },
  ],
  invalid: [
    {
      name: 'malformed cpus',
      raw: rawLinux('{"resources": {"cpu": {\n  "cpus": "0-a"\n}}}'),
      errors: [{ messageId: 'list', pointer: '/linux/resources/cpu/cpus', line: 8, column: 11 }],
    },
    { name: 'idle 2', config: { linux: { resources: { cpu: { idle: 2 } } } }, errors: [{ messageId: 'idle', pointer: '/linux/resources/cpu/idle', severity: 'error' }] },
    { name: 'idle 2, runc 1.1 ignores it', targets: ['runc@1.1'], config: { linux: { resources: { cpu: { idle: -1 } } } }, errors: [{ messageId: 'idle', severity: 'warning' }] },
    { name: 'spaces inside a range', config: { linux: { resources: { cpu: { cpus: '0 - 1' } } } }, errors: [{ messageId: 'list' }] },
    { name: 'a stride larger than its group', config: { linux: { resources: { cpu: { cpus: '0-1:3/2' } } } }, errors: [{ messageId: 'list' }] },
    { name: 'a list that selects nothing', config: { linux: { resources: { cpu: { cpus: ',' } } } }, errors: [{ messageId: 'list' }] },
    { name: 'a stride that selects nothing', config: { linux: { resources: { cpu: { mems: '0-1:0/2' } } } }, errors: [{ messageId: 'list', pointer: '/linux/resources/cpu/mems' }] },
    { name: 'backwards range', config: { linux: { resources: { cpu: { mems: '3-1' } } } }, errors: [{ messageId: 'list', pointer: '/linux/resources/cpu/mems' }] },
    { name: 'shares 1', config: { linux: { resources: { cpu: { shares: 1 } } } }, errors: [{ messageId: 'shares', pointer: '/linux/resources/cpu/shares', severity: 'warning' }] },
    { name: 'shares above 262144 with --target runc', targets: ['runc'], config: { linux: { resources: { cpu: { shares: 262145 } } } }, errors: [{ messageId: 'shares', severity: 'error' }] },
    { name: 'no quota, without --target: crun before 1.8.4 refuses it', config: { linux: { resources: { cpu: { quota: -1, period: 100000 } } } }, errors: [{ messageId: 'negativeQuota', severity: 'warning' }] },
    { name: 'no quota, for crun 1.8.1', targets: ['crun@1.8.1'], config: { linux: { resources: { cpu: { quota: -1 } } } }, errors: [{ messageId: 'negativeQuota', severity: 'error', pointer: '/linux/resources/cpu/quota' }] },
    { name: 'a quota below -1, for crun 1.8', targets: ['crun@1.8'], config: { linux: { resources: { cpu: { quota: -5 } } } }, errors: [{ messageId: 'negativeQuota', severity: 'error' }] },
    { name: 'quota below 1000', config: { linux: { resources: { cpu: { quota: 500, period: 100000 } } } }, errors: [{ messageId: 'quota' }] },
    { name: 'period above 1s', config: { linux: { resources: { cpu: { quota: 50000, period: 2000000 } } } }, errors: [{ messageId: 'period' }] },
    { name: 'burst above quota', config: { linux: { resources: { cpu: { quota: 50000, period: 100000, burst: 60000 } } } }, errors: [{ messageId: 'burst' }] },
    { name: 'realtime runtime above period', config: { linux: { resources: { cpu: { realtimeRuntime: 2000000, realtimePeriod: 1000000 } } } }, errors: [{ messageId: 'realtime' }] },
  ],
});
