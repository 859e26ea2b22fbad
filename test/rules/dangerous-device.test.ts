import rule from '../../src/rules/dangerous-device.js';
import { testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const r = rawConfig(PROCESS, '"linux": {"devices": [{"path": "/dev/fuse", "type": "c", "major": 10, "minor": 229}, {"path": "/dev/sda", "type": "b", "major": 8, "minor": 0}]}');

testRule(rule, {
  valid: [{ name: 'fuse', config: { linux: { devices: [{ path: '/dev/fuse', type: 'c', major: 10, minor: 229 }] } } }],
  invalid: [
    { name: 'block device', raw: r.raw, errors: [{ messageId: 'block', pointer: '/linux/devices/1', ...r.at('/dev/sda', '{"path": "/dev/sda"') }] },
    { name: '/dev/mem under another name', config: { linux: { devices: [{ path: '/dev/physmem', type: 'c', major: 1, minor: 1 }] } }, errors: [{ messageId: 'memory', pointer: '/linux/devices/0' }] },
    {
      name: 'several: one finding at the memory device, the others related in document order',
      config: {
        linux: {
          devices: [
            { path: '/dev/sda', type: 'b', major: 8, minor: 0 },
            { path: '/dev/fuse', type: 'c', major: 10, minor: 229 },
            { path: '/dev/mem', type: 'c', major: 1, minor: 1 },
            { path: '/dev/loop0', type: 'b', major: 7, minor: 0 },
          ],
        },
      },
      errors: [{ messageId: 'several', pointer: '/linux/devices/2', related: ['/linux/devices/0', '/linux/devices/3'] }],
    },
    {
      name: 'block devices only: at the first',
      config: { linux: { devices: [{ path: '/dev/sda', type: 'b', major: 8, minor: 0 }, { path: '/dev/sdb', type: 'b', major: 8, minor: 16 }] } },
      errors: [{ messageId: 'several', pointer: '/linux/devices/0', related: ['/linux/devices/1'] }],
    },
  ],
});
