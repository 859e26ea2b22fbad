import rule from '../../src/rules/linux-device-path.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawLinux } from '../helpers/linux.js';

testRule(rule, {
  valid: [
    { name: 'distinct devices', config: { linux: { devices: [{ path: '/dev/null2', type: 'c', major: 1, minor: 3 }, { path: '/dev/zero2', type: 'c', major: 1, minor: 5 }] } } },
    { name: 'fifos share 0:0', config: { linux: { devices: [{ path: '/dev/f1', type: 'p' }, { path: '/dev/f2', type: 'p' }] } } },
  ],
  invalid: [
    {
      name: 'relative path',
      raw: rawLinux('{"devices": [\n  {"path": "dev/null2", "type": "c", "major": 1, "minor": 3}\n]}'),
      errors: [{ messageId: 'relative', pointer: '/linux/devices/0/path', line: 8, column: 12 }],
    },
    {
      name: 'same path twice',
      config: { linux: { devices: [{ path: '/dev/x', type: 'c', major: 1, minor: 3 }, { path: '/dev//x', type: 'c', major: 1, minor: 5 }] } },
      errors: [{ messageId: 'duplicatePath', pointer: '/linux/devices/1/path', severity: 'warning' }],
    },
    // Config paths compared with each other are cleaned lexically (model/paths.ts, cleanPath).
    {
      name: 'same path twice, one through ".."',
      config: { linux: { devices: [{ path: '/dev/x', type: 'c', major: 1, minor: 3 }, { path: '/dev/sub/../x', type: 'c', major: 1, minor: 5 }] } },
      errors: [{ messageId: 'duplicatePath', pointer: '/linux/devices/1/path', severity: 'warning' }],
    },
    {
      name: 'same number twice (u is c)',
      config: { linux: { devices: [{ path: '/dev/a', type: 'c', major: 1, minor: 3 }, { path: '/dev/b', type: 'u', major: 1, minor: 3 }] } },
      errors: [{ messageId: 'duplicateNumber', pointer: '/linux/devices/1', severity: 'warning' }],
    },
  ],
});
