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
    { name: 'empty access', config: { linux: { resources: { devices: [{ allow: true, type: 'c', major: 1, minor: 3, access: '' }] } } }, errors: [{ messageId: 'accessEmpty', severity: 'error' }] },
    { name: 'empty access on an allow rule for all devices: runc refuses it', config: { linux: { resources: { devices: [{ allow: true, access: '' }] } } }, errors: [{ messageId: 'accessEmptyDenyAll', severity: 'error' }] },
    { name: 'empty access on the deny-all rule', config: { linux: { resources: { devices: [{ allow: false, access: '' }] } } }, errors: [{ messageId: 'accessEmptyDenyAll' }] },
    { name: 'with --target crun, an empty deny-all access is a warning', targets: ['crun'], config: { linux: { resources: { devices: [{ allow: false, access: '' }] } } }, errors: [{ messageId: 'accessEmptyDenyAll', severity: 'warning' }] },
    { name: 'a deny rule for char devices is not a rule for all devices', config: { linux: { resources: { devices: [{ allow: false, type: 'c', major: 1, minor: 3, access: 'x' }] } } }, errors: [{ messageId: 'access' }] },
    { name: 'an allow rule of type a: crun writes a bare "a"', targets: ['crun'], config: { linux: { resources: { devices: [{ allow: true, type: 'a', access: 'x' }] } } }, errors: [{ messageId: 'accessDenyAll', severity: 'warning' }] },
    { name: 'other letters on the deny-all rule: both runtimes run it', config: { linux: { resources: { devices: [{ allow: false, type: 'a', access: 'x' }] } } }, errors: [{ messageId: 'accessDenyAll', severity: 'warning' }] },
    { name: 'other letters elsewhere: crun refuses them', config: { linux: { resources: { devices: [{ allow: true, type: 'c', major: 1, minor: 3, access: 'rwx' }] } } }, errors: [{ messageId: 'access', severity: 'error' }] },
    { name: 'with --target runc, other letters are a warning', targets: ['runc'], config: { linux: { resources: { devices: [{ allow: true, type: 'c', major: 1, minor: 3, access: 'rwx' }] } } }, errors: [{ messageId: 'access', severity: 'warning' }] },
    { name: 'minor -1', config: { linux: { resources: { devices: [{ allow: true, type: 'c', major: 1, minor: -1, access: 'r' }] } } }, errors: [{ messageId: 'wildcard', pointer: '/linux/resources/devices/0/minor', severity: 'warning' }] },
    { name: 'major -1 with --target crun', targets: ['crun'], config: { linux: { resources: { devices: [{ allow: true, type: 'c', major: -1, minor: 3, access: 'r' }] } } }, errors: [{ messageId: 'wildcard', pointer: '/linux/resources/devices/0/major', severity: 'error' }] },
    { name: 'major -1 with --target runc', targets: ['runc'], config: { linux: { resources: { devices: [{ allow: true, type: 'c', major: -1, minor: 3, access: 'r' }] } } }, errors: [{ messageId: 'wildcard', severity: 'warning' }] },
    { name: 'type u', config: { linux: { resources: { devices: [{ allow: true, type: 'u', access: 'rwm' }] } } }, errors: [{ messageId: 'type', pointer: '/linux/resources/devices/0/type' }] },
    { name: 'repeated letter', config: { linux: { resources: { devices: [{ allow: true, access: 'rrw' }] } } }, errors: [{ messageId: 'repeated', severity: 'info' }] },
  ],
});
