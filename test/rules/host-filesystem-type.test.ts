import rule from '../../src/rules/host-filesystem-type.js';
import { fakeHost } from '../helpers/fake-host.js';
import { testRule } from '../helpers/rule-tester.js';

const host = fakeHost({ '/proc/filesystems': { type: 'file', content: 'nodev\tsysfs\nnodev\ttmpfs\nnodev\tproc\nnodev\tfuse\n\text4\n' } });
const mount = (type: string, options?: string[]) => ({ mounts: [{ destination: '/proc', type: 'proc', source: 'proc' }, { destination: '/x', type, source: 'x', ...(options && { options }) }] });

testRule(rule, {
  valid: [
    { name: 'known types', host, config: mount('tmpfs') },
    { name: 'fuse subtype', host, config: mount('fuse.sshfs') },
    { name: 'a bind mount\'s type is ignored', host, config: mount('overlayish', ['bind']) },
    { name: 'no /proc/filesystems: cannot tell', host: fakeHost({}), config: mount('zfs') },
  ],
  invalid: [
    {
      name: 'unknown type',
      host,
      raw: '{"ociVersion": "1.3.0", "process": {"args": ["/bin/sh"], "cwd": "/"}, "root": {"path": "rootfs"},\n "mounts": [{"destination": "/x", "type": "zfs", "source": "pool"}]}\n',
      errors: [{ messageId: 'unknown', pointer: '/mounts/0/type', line: 2, column: 43, severity: 'warning' }],
    },
  ],
});
