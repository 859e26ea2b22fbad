import rule from '../../src/rules/kata-resources-ignored.js';
import { changedText, testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const r = rawConfig(PROCESS, '"linux": {"namespaces": [{"type": "mount"}], "resources": {"pids": {"limit": 1024}}}');

testRule(rule, {
  valid: [
    { name: 'memory and CPU only', targets: ['kata'], config: { linux: { resources: { memory: { limit: 268435456 }, cpu: { shares: 256, quota: 50000, period: 100000 }, devices: [{ allow: false, access: 'rwm' }] } } } },
    { name: 'empty resources', targets: ['kata'], config: { linux: { resources: {} } } },
    { name: 'no limit on pids', targets: ['kata'], config: { linux: { resources: { pids: { limit: 0 } } } } },
    { name: 'runc applies them', targets: ['runc'], config: { linux: { resources: { pids: { limit: 1024 } } } } },
    { name: 'a resources of the wrong type is config-schema\'s', targets: ['kata'], config: { linux: { resources: 'none' } } },
  ],
  invalid: [
    { name: 'pids limit', targets: ['kata'], raw: r.raw, errors: [{ messageId: 'pids', pointer: '/linux/resources/pids/limit', severity: 'warning', ...r.at('"pids"', '1024') }] },
    { name: 'no linux.resources', targets: ['kata'], errors: [{ messageId: 'missing', pointer: '/linux', severity: 'error', suggestions: [changedText({ linux: { resources: {} } }, () => {})] }] },
    {
      name: 'blockIO, network, an allow rule and a cpuset',
      targets: ['kata'],
      config: {
        linux: {
          resources: {
            blockIO: { weight: 500 },
            network: { classID: 1048577 },
            devices: [{ allow: false, access: 'rwm' }, { allow: true, type: 'c', major: 10, minor: 200, access: 'rwm' }],
            cpu: { cpus: '0-3', mems: '0' },
          },
        },
      },
      errors: [
        { messageId: 'blockIO', pointer: '/linux/resources/blockIO', severity: 'warning' },
        { messageId: 'network', pointer: '/linux/resources/network', severity: 'info' },
        { messageId: 'devices', pointer: '/linux/resources/devices/1', severity: 'info' },
        { messageId: 'cpuset', pointer: '/linux/resources/cpu/cpus', severity: 'info' },
        { messageId: 'cpuset', pointer: '/linux/resources/cpu/mems', severity: 'info' },
      ],
    },
  ],
});
