import rule from '../../src/rules/freebsd-devices.js';
import { testRule } from '../helpers/rule-tester.js';

const fb = (devices: unknown[]) => ({ linux: undefined, freebsd: { devices } });

testRule(rule, {
  valid: [{ name: 'relative path', config: fb([{ path: 'pf', mode: 448 }]) }],
  invalid: [
    {
      name: 'no path',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "freebsd": {"devices": [\n    {"mode": 448}\n  ]}\n}\n',
      errors: [{ messageId: 'missing', pointer: '/freebsd/devices/0', line: 5, column: 5 }],
    },
    { name: 'absolute /dev path', config: fb([{ path: '/dev/pf' }]), errors: [{ messageId: 'absolute', pointer: '/freebsd/devices/0/path', severity: 'warning' }] },
  ],
});
