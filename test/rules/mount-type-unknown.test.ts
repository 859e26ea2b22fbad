import rule from '../../src/rules/mount-type-unknown.js';
import { changedText, testRule } from '../helpers/rule-tester.js';

const proc = { destination: '/proc', type: 'proc', source: 'proc' };

testRule(rule, {
  valid: [
    { name: 'standard types', config: { mounts: [proc, { destination: '/sys', type: 'sysfs', source: 'sysfs' }, { destination: '/sys/fs/cgroup', type: 'cgroup2', source: 'cgroup' }, { destination: '/mnt', type: 'nfs4', source: 'host:/x' }] } },
    { name: 'fuse subtype', config: { mounts: [proc, { destination: '/mnt', type: 'fuse.sshfs', source: 'u@h:/' }] } },
    { name: 'bind mounts ignore the type', config: { mounts: [proc, { destination: '/mnt', type: 'whatever', source: '/tmp', options: ['rbind'] }] } },
  ],
  invalid: [
    {
      name: 'typo',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "mounts": [{"destination": "/tmp", "type": "tmfs", "source": "tmpfs"}]\n}\n',
      errors: [{ messageId: 'typo', pointer: '/mounts/0/type', line: 4, column: 46, suggestions: ['{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "mounts": [{"destination": "/tmp", "type": "tmpfs", "source": "tmpfs"}]\n}\n'] }],
    },
    { name: 'case matters', config: { mounts: [proc, { destination: '/mnt', type: 'TMPFS', source: 'tmpfs' }] }, errors: [{ messageId: 'typo', suggestions: [changedText({ mounts: [proc, { destination: '/mnt', type: 'tmpfs', source: 'tmpfs' }] }, () => {})] }] },
    { name: 'unknown', config: { mounts: [proc, { destination: '/mnt', type: 'nosuchfs', source: 'x' }] }, errors: [{ messageId: 'unknown', pointer: '/mounts/1/type' }] },
  ],
});
