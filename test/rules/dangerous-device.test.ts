import rule from '../../src/rules/dangerous-device.js';
import { testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const r = rawConfig(PROCESS, '"linux": {"devices": [{"path": "/dev/fuse", "type": "c", "major": 10, "minor": 229}, {"path": "/dev/sda", "type": "b", "major": 8, "minor": 0}]}');

testRule(rule, {
  valid: [{ name: 'fuse', config: { linux: { devices: [{ path: '/dev/fuse', type: 'c', major: 10, minor: 229 }] } } }],
  invalid: [
    { name: 'block device', raw: r.raw, errors: [{ messageId: 'block', pointer: '/linux/devices/1', ...r.at('/dev/sda', '{"path": "/dev/sda"') }] },
    { name: '/dev/mem under another name', config: { linux: { devices: [{ path: '/dev/physmem', type: 'c', major: 1, minor: 1 }] } }, errors: [{ messageId: 'memory', pointer: '/linux/devices/0' }] },
  ],
});
