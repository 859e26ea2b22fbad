import rule from '../../src/rules/linux-device-cgroup.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawLinux } from '../helpers/linux.js';

testRule(rule, {
  valid: [
    { name: 'deny all', config: { linux: { resources: { devices: [{ allow: false, access: 'rwm' }] } } } },
    { name: 'allow a char device', config: { linux: { resources: { devices: [{ allow: true, type: 'c', major: 1, minor: 3, access: 'rw' }] } } } },
    { name: 'type a', config: { linux: { resources: { devices: [{ allow: false, type: 'a' }] } } } },
  ],
  invalid: [
    {
      name: 'x is not an access letter',
      raw: rawLinux('{"resources": {"devices": [\n  {"allow": true, "type": "c", "major": 1, "minor": 3, "access": "rwx"}\n]}}'),
      errors: [{ messageId: 'access', pointer: '/linux/resources/devices/0/access', line: 8, column: 66 }],
    },
    { name: 'empty access', config: { linux: { resources: { devices: [{ allow: true, access: '' }] } } }, errors: [{ messageId: 'access' }] },
    { name: 'type u', config: { linux: { resources: { devices: [{ allow: true, type: 'u', access: 'rwm' }] } } }, errors: [{ messageId: 'type', pointer: '/linux/resources/devices/0/type' }] },
    { name: 'repeated letter', config: { linux: { resources: { devices: [{ allow: true, access: 'rrw' }] } } }, errors: [{ messageId: 'repeated', severity: 'info' }] },
  ],
});
