import rule from '../../src/rules/privileged-like.js';
import { ALL_CAPABILITIES } from '../../src/rules/data/capabilities.js';
import { testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const r = rawConfig(PROCESS, '"mounts": [{"destination": "/sys", "type": "sysfs", "source": "sysfs", "options": ["nosuid", "rw"]}]', '"linux": {"resources": {"devices": [{"allow": true, "access": "rwm"}]}}');

testRule(rule, {
  valid: [
    { name: 'only writable sysfs', config: { mounts: [{ destination: '/sys', type: 'sysfs', source: 'sysfs', options: ['rw'] }], linux: { maskedPaths: ['/proc/kcore'] } } },
    { name: 'docker default', config: { process: { capabilities: { bounding: ['CAP_CHOWN', 'CAP_KILL'] } }, linux: { maskedPaths: ['/proc/kcore'], resources: { devices: [{ allow: false, access: 'rwm' }] } } } },
    // The device cgroup as it ends up (as device-cgroup-allow-all reads it): the later deny-all takes the allow-all back.
    { name: 'allow-all denied again + no masks', config: { linux: { resources: { devices: [{ allow: true, access: 'rwm' }, { allow: false, access: 'rwm' }] } } } },
  ],
  invalid: [
    { name: 'writable sysfs + all devices + no masks', raw: r.raw, errors: [{ messageId: 'privileged', pointer: '/linux/resources/devices/0', ...r.at('devices', '{"allow": true') }] },
    { name: 'allow-all after a deny-all + no masks', config: { linux: { resources: { devices: [{ allow: false, access: 'rwm' }, { allow: true, type: 'c', major: 1, minor: 3, access: 'rw' }, { allow: true, access: 'rwm' }] } } }, errors: [{ messageId: 'privileged', pointer: '/linux/resources/devices/2' }] },
    { name: 'every capability + no masks', config: { process: { capabilities: { bounding: [...ALL_CAPABILITIES], effective: [...ALL_CAPABILITIES] } } }, errors: [{ messageId: 'privileged', pointer: '/process/capabilities/bounding' }] },
  ],
});
