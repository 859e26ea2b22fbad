import rule from '../../src/rules/sensitive-host-mount.js';
import { testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const r = rawConfig(PROCESS, '"mounts": [{"destination": "/host-etc", "type": "bind", "source": "/etc/", "options": ["rbind", "rw"]}]');

testRule(rule, {
  valid: [
    { name: 'a file under /etc', config: { mounts: [{ destination: '/etc/resolv.conf', type: 'bind', source: '/etc/resolv.conf', options: ['rbind', 'ro'] }] } },
    { name: 'a data directory', config: { mounts: [{ destination: '/data', type: 'bind', source: '/srv/data', options: ['rbind', 'ro'] }] } },
    { name: 'sysfs, not a bind', config: { mounts: [{ destination: '/sys', type: 'sysfs', source: 'sysfs', options: ['ro'] }] } },
    { name: '/run read-only', config: { mounts: [{ destination: '/run/host', type: 'bind', source: '/run', options: ['rbind', 'ro'] }] } },
    { name: '/var/lib read-write, non-root process', config: { process: { user: { uid: 1000, gid: 1000 } }, mounts: [{ destination: '/data', type: 'bind', source: '/var/lib', options: ['rbind', 'rw'] }] } },
    { name: 'a kubelet volume under /var/lib', config: { mounts: [{ destination: '/data', type: 'bind', source: '/var/lib/kubelet/pods/1/volumes/kubernetes.io~empty-dir/data', options: ['rbind', 'rw'] }] } },
    {
      name: 'a host /etc file read-write, root in a user namespace',
      config: {
        linux: { namespaces: [{ type: 'user' }, { type: 'mount' }], uidMappings: [{ containerID: 0, hostID: 100000, size: 65536 }], gidMappings: [{ containerID: 0, hostID: 100000, size: 65536 }] },
        mounts: [{ destination: '/etc/hosts', type: 'bind', source: '/etc/hosts', options: ['bind', 'rw'] }],
      },
    },
  ],
  invalid: [
    { name: '/etc read-write', raw: r.raw, errors: [{ messageId: 'sensitive', pointer: '/mounts/0/source', ...r.at('host-etc', '"/etc/"') }] },
    { name: 'host root via options bind', config: { mounts: [{ destination: '/host', type: 'none', source: '//', options: ['bind', 'ro'] }] }, errors: [{ messageId: 'sensitive', pointer: '/mounts/0/source' }] },
    { name: '/run read-write into a root container', config: { mounts: [{ destination: '/run/host', type: 'bind', source: '/run/', options: ['rbind'] }] }, errors: [{ messageId: 'hostState', pointer: '/mounts/0/source' }] },
    { name: '/var/run read-write', config: { mounts: [{ destination: '/var/run', type: 'bind', source: '/var/run', options: ['rbind', 'rw'] }] }, errors: [{ messageId: 'hostState' }] },
    { name: '/var/lib read-write', config: { mounts: [{ destination: '/host/var/lib', type: 'bind', source: '/var/lib', options: ['rbind', 'rw'] }] }, errors: [{ messageId: 'hostState' }] },
    { name: 'the host\'s resolv.conf read-write', config: { mounts: [{ destination: '/etc/resolv.conf', type: 'bind', source: '/etc/resolv.conf', options: ['rbind', 'rw'] }] }, errors: [{ messageId: 'hostEtcFile', pointer: '/mounts/0/source' }] },
    {
      name: 'rootless /sys rbind in a user namespace without the host\'s root: info',
      config: {
        linux: { namespaces: [{ type: 'user' }, { type: 'mount' }], uidMappings: [{ containerID: 0, hostID: 1000, size: 1 }], gidMappings: [{ containerID: 0, hostID: 1000, size: 1 }] },
        mounts: [{ destination: '/sys', type: 'none', source: '/sys', options: ['rbind', 'nosuid', 'noexec', 'nodev', 'ro'] }],
      },
      errors: [{ messageId: 'sensitive', severity: 'info', pointer: '/mounts/0/source' }],
    },
    {
      name: 'rootless /sys rbind whose user namespace maps the host\'s root: warning',
      config: {
        linux: { namespaces: [{ type: 'user' }, { type: 'mount' }], uidMappings: [{ containerID: 0, hostID: 0, size: 1 }], gidMappings: [{ containerID: 0, hostID: 0, size: 1 }] },
        mounts: [{ destination: '/sys', type: 'none', source: '/sys', options: ['rbind', 'nosuid', 'noexec', 'nodev', 'ro'] }],
      },
      errors: [{ messageId: 'sensitive', severity: 'warning', pointer: '/mounts/0/source' }],
    },
    { name: 'rootless /sys rbind', config: { mounts: [{ destination: '/sys', type: 'none', source: '/sys', options: ['rbind', 'nosuid', 'noexec', 'nodev', 'ro'] }] }, errors: [{ messageId: 'sensitive', pointer: '/mounts/0/source' }] },
  ],
});
