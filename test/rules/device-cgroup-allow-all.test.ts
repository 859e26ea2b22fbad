import rule from '../../src/rules/device-cgroup-allow-all.js';
import { testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const r = rawConfig(PROCESS, '"linux": {"resources": {"devices": [{"allow": false, "access": "rwm"}, {"allow": true, "access": "rwm"}]}}');

testRule(rule, {
  valid: [
    { name: 'deny all then some', config: { linux: { resources: { devices: [{ allow: false, access: 'rwm' }, { allow: true, type: 'c', major: 1, minor: 3, access: 'rwm' }] } } } },
    { name: 'allow all then deny all', config: { linux: { resources: { devices: [{ allow: true, access: 'rwm' }, { allow: false, type: 'a', access: 'rwm' }] } } } },
    { name: 'allow mknod of every character and block device', config: { linux: { resources: { devices: [{ allow: false, access: 'rwm' }, { allow: true, type: 'c', access: 'm' }, { allow: true, type: 'b', access: 'm' }] } } } },
    { name: 'type "a" with numbers, then deny all', config: { linux: { resources: { devices: [{ allow: true, type: 'a', major: 1, minor: 3 }, { allow: false, access: 'rwm' }] } } } },
  ],
  invalid: [
    { name: 'privileged', raw: r.raw, errors: [{ messageId: 'allowAll', pointer: '/linux/resources/devices/1', ...r.at('devices', '{"allow": true') }] },
    // The device cgroup reads type "a" (or none) as every device with every access: runc 1.1.5 left
    // "a *:* rwm" in devices.list for each of these.
    { name: 'type "a", mknod only', config: { linux: { resources: { devices: [{ allow: true, type: 'a', access: 'm' }] } } }, errors: [{ messageId: 'typeAll', pointer: '/linux/resources/devices/0' }] },
    { name: 'type "a" with numbers', config: { linux: { resources: { devices: [{ allow: false, access: 'rwm' }, { allow: true, type: 'a', major: 1, minor: 3, access: 'r' }] } } }, errors: [{ messageId: 'typeAll', pointer: '/linux/resources/devices/1', severity: 'warning' }] },
    { name: 'no type, mknod only', config: { linux: { resources: { devices: [{ allow: false, access: 'rwm' }, { allow: true, access: 'm' }] } } }, errors: [{ messageId: 'typeAll' }] },
    { name: 'type a, no access (means rwm)', config: { linux: { resources: { devices: [{ allow: true, type: 'a' }] } } }, errors: [{ messageId: 'allowAll', pointer: '/linux/resources/devices/0' }] },
  ],
});
