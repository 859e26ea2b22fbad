import rule from '../../src/rules/device-cgroup-allow-all.js';
import { testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const r = rawConfig(PROCESS, '"linux": {"resources": {"devices": [{"allow": false, "access": "rwm"}, {"allow": true, "access": "rwm"}]}}');

testRule(rule, {
  valid: [
    { name: 'deny all then some', config: { linux: { resources: { devices: [{ allow: false, access: 'rwm' }, { allow: true, type: 'c', major: 1, minor: 3, access: 'rwm' }] } } } },
    { name: 'allow all then deny all', config: { linux: { resources: { devices: [{ allow: true, access: 'rwm' }, { allow: false, type: 'a', access: 'rwm' }] } } } },
    { name: 'allow mknod only', config: { linux: { resources: { devices: [{ allow: true, type: 'a', access: 'm' }] } } } },
  ],
  invalid: [
    { name: 'privileged', raw: r.raw, errors: [{ messageId: 'allowAll', pointer: '/linux/resources/devices/1', ...r.at('devices', '{"allow": true') }] },
    { name: 'type a, no access (means rwm)', config: { linux: { resources: { devices: [{ allow: true, type: 'a' }] } } }, errors: [{ messageId: 'allowAll', pointer: '/linux/resources/devices/0' }] },
  ],
});
