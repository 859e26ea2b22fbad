import rule from '../../src/rules/sensitive-host-mount.js';
import { testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const r = rawConfig(PROCESS, '"mounts": [{"destination": "/host-etc", "type": "bind", "source": "/etc/", "options": ["rbind", "rw"]}]');

testRule(rule, {
  valid: [
    { name: 'a file under /etc', config: { mounts: [{ destination: '/etc/resolv.conf', type: 'bind', source: '/etc/resolv.conf', options: ['rbind', 'ro'] }] } },
    { name: 'a data directory', config: { mounts: [{ destination: '/data', type: 'bind', source: '/srv/data', options: ['rbind', 'ro'] }] } },
    { name: 'sysfs, not a bind', config: { mounts: [{ destination: '/sys', type: 'sysfs', source: 'sysfs', options: ['ro'] }] } },
  ],
  invalid: [
    { name: '/etc read-write', raw: r.raw, errors: [{ messageId: 'sensitive', pointer: '/mounts/0/source', ...r.at('host-etc', '"/etc/"') }] },
    { name: 'host root via options bind', config: { mounts: [{ destination: '/host', type: 'none', source: '//', options: ['bind', 'ro'] }] }, errors: [{ messageId: 'sensitive', pointer: '/mounts/0/source' }] },
    { name: 'rootless /sys rbind', config: { mounts: [{ destination: '/sys', type: 'none', source: '/sys', options: ['rbind', 'nosuid', 'noexec', 'nodev', 'ro'] }] }, errors: [{ messageId: 'sensitive', pointer: '/mounts/0/source' }] },
  ],
});
