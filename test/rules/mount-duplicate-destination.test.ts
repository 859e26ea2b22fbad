import rule from '../../src/rules/mount-duplicate-destination.js';
import { testRule } from '../helpers/rule-tester.js';

const proc = { destination: '/proc', type: 'proc', source: 'proc' };

testRule(rule, {
  valid: [{ name: 'distinct', config: { mounts: [proc, { destination: '/tmp', type: 'tmpfs', source: 'tmpfs' }, { destination: '/tmp/x', type: 'tmpfs', source: 'tmpfs' }] } }],
  invalid: [
    {
      name: 'same path twice',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "mounts": [\n    {"destination": "/tmp", "type": "tmpfs", "source": "tmpfs"},\n    {"destination": "/tmp/", "type": "tmpfs", "source": "tmpfs"}\n  ]\n}\n',
      errors: [{ messageId: 'duplicate', pointer: '/mounts/1/destination', line: 6, column: 21, severity: 'warning' }],
    },
    // runtime oracle, runc 1.1.5 and crun 1.8.1: a second sysfs or mqueue on the first is refused (EBUSY); proc twice is accepted.
    { name: 'sysfs on sysfs', config: { mounts: [{ destination: '/sys', type: 'sysfs', source: 'sysfs' }, { destination: '/sys', type: 'sysfs', source: 'sysfs', options: ['ro'] }] }, errors: [{ messageId: 'sameInstance', pointer: '/mounts/1/destination', severity: 'error' }] },
    { name: 'mqueue on mqueue', config: { mounts: [{ destination: '/dev/mqueue', type: 'mqueue', source: 'mqueue' }, { destination: '/dev/mqueue/', type: 'mqueue', source: 'mqueue' }] }, errors: [{ messageId: 'sameInstance' }] },
    { name: 'proc on proc', config: { mounts: [proc, proc] }, errors: [{ messageId: 'duplicate', severity: 'warning' }] },
    { name: 'sysfs bound onto sysfs', config: { mounts: [{ destination: '/sys', type: 'sysfs', source: 'sysfs' }, { destination: '/sys', type: 'sysfs', source: '/sys', options: ['rbind'] }] }, errors: [{ messageId: 'duplicate' }] },
    {
      name: 'windows paths compare case-insensitively',
      config: { linux: undefined, windows: { layerFolders: ['C:\\l'] }, mounts: [{ destination: 'C:\\Data', source: 'C:\\a' }, { destination: 'c:\\data\\', source: 'C:\\b' }] },
      errors: [{ messageId: 'duplicate', pointer: '/mounts/1/destination' }],
    },
  ],
});
