import rule from '../../src/rules/writable-sysfs.js';
import { testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig, USERNS } from '../helpers/security.js';

const r = rawConfig(PROCESS, '"mounts": [{"destination": "/sys", "type": "sysfs", "source": "sysfs", "options": ["nosuid", "rw"]}]', '"linux": {"namespaces": [{"type": "mount"}]}');
const rw = { mounts: [{ destination: '/sys', type: 'sysfs', source: 'sysfs' }] };

testRule(rule, {
  valid: [
    { name: 'read-only', config: { mounts: [{ destination: '/sys', type: 'sysfs', source: 'sysfs', options: ['nosuid', 'noexec', 'nodev', 'ro'] }] } },
    { name: 'in a user namespace', config: { ...USERNS, ...rw } },
  ],
  invalid: [
    { name: 'rw option', raw: r.raw, errors: [{ messageId: 'writable', pointer: '/mounts/0/options', ...r.at('sysfs', '["nosuid"') }] },
    { name: 'no options', config: rw, errors: [{ messageId: 'writable', pointer: '/mounts/0' }] },
    { name: 'ro then rw', config: { mounts: [{ destination: '/sys', type: 'sysfs', source: 'sysfs', options: ['ro', 'rw'] }] }, errors: [{ messageId: 'writable', pointer: '/mounts/0/options' }] },
  ],
});
