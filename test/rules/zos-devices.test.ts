import rule from '../../src/rules/zos-devices.js';
import { testRule } from '../helpers/rule-tester.js';

const zos = (devices: unknown[]) => ({ ociVersion: '1.1.0', linux: undefined, zos: { devices } });

testRule(rule, {
  valid: [
    { name: 'distinct devices', config: zos([{ type: 'c', path: '/dev/null', major: 1, minor: 3 }, { type: 'c', path: '/dev/zero', major: 1, minor: 5 }]) },
    { name: 'not checked from 1.2.1', config: { ...zos([{ type: 'c', path: 'dev/null', major: 1, minor: 3 }]), ociVersion: '1.2.1' } },
  ],
  invalid: [
    {
      name: 'relative path',
      raw: '{\n  "ociVersion": "1.1.0",\n  "root": {"path": "rootfs"},\n  "zos": {"devices": [\n    {"type": "c", "path": "dev/null", "major": 1, "minor": 3}\n  ]}\n}\n',
      errors: [{ messageId: 'relative', pointer: '/zos/devices/0/path', line: 5, column: 27 }],
    },
    {
      name: 'same numbers twice (u counts as c)',
      config: zos([{ type: 'c', path: '/dev/null', major: 1, minor: 3 }, { type: 'u', path: '/dev/null2', major: 1, minor: 3 }]),
      errors: [{ messageId: 'duplicate', pointer: '/zos/devices/1', severity: 'warning' }],
    },
  ],
});
