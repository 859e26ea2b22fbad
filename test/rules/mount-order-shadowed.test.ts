import rule from '../../src/rules/mount-order-shadowed.js';
import { testRule } from '../helpers/rule-tester.js';

const m = (destination: string, type = 'tmpfs') => ({ destination, type, source: type });

testRule(rule, {
  valid: [
    { name: 'parents first', config: { mounts: [m('/proc', 'proc'), m('/dev'), m('/dev/pts', 'devpts'), m('/sys', 'sysfs'), m('/sys/fs/cgroup', 'cgroup2')] } },
    { name: 'siblings with a common prefix', config: { mounts: [m('/data/x'), m('/data2')] } },
  ],
  invalid: [
    {
      name: '/dev after /dev/pts',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "mounts": [\n    {"destination": "/dev/pts", "type": "devpts", "source": "devpts"},\n    {"destination": "/dev", "type": "tmpfs", "source": "tmpfs"}\n  ]\n}\n',
      errors: [{ messageId: 'shadowed', pointer: '/mounts/1/destination', line: 6, column: 21, severity: 'warning' }],
    },
    { name: 'grandparent later', config: { mounts: [m('/proc', 'proc'), m('/a/b/c'), m('/a')] }, errors: [{ messageId: 'shadowed', pointer: '/mounts/2/destination' }] },
  ],
});
