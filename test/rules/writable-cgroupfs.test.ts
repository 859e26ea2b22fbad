import rule from '../../src/rules/writable-cgroupfs.js';
import { testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const r = rawConfig(PROCESS, '"mounts": [{"destination": "/sys/fs/cgroup", "type": "cgroup2", "source": "cgroup", "options": ["nosuid"]}]');

testRule(rule, {
  valid: [{ name: 'read-only', config: { mounts: [{ destination: '/sys/fs/cgroup', type: 'cgroup', source: 'cgroup', options: ['nosuid', 'noexec', 'nodev', 'relatime', 'ro'] }] } }],
  invalid: [
    { name: 'cgroup2 rw', raw: r.raw, errors: [{ messageId: 'writable', pointer: '/mounts/0/options', ...r.at('cgroup2', '["nosuid"]') }] },
    { name: 'cgroup v1 without options', config: { mounts: [{ destination: '/sys/fs/cgroup', type: 'cgroup', source: 'cgroup' }] }, errors: [{ messageId: 'writable', pointer: '/mounts/0', severity: 'warning' }] },
    {
      name: 'a system container in a user namespace that leaves out the host\'s root: info',
      config: {
        mounts: [{ destination: '/sys/fs/cgroup', type: 'cgroup', source: 'cgroup', options: ['rw'] }],
        linux: { namespaces: [{ type: 'pid' }, { type: 'mount' }, { type: 'cgroup' }, { type: 'user' }], uidMappings: [{ containerID: 0, hostID: 100000, size: 65536 }], gidMappings: [{ containerID: 0, hostID: 100000, size: 65536 }] },
      },
      errors: [{ messageId: 'writable', pointer: '/mounts/0/options', severity: 'info' }],
    },
  ],
});
