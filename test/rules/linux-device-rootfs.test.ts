import rule from '../../src/rules/linux-device-rootfs.js';
import { testRule } from '../helpers/rule-tester.js';

const noDevMount = { mounts: [{ destination: '/proc', type: 'proc', source: 'proc' }] };

testRule(rule, {
  valid: [
    { name: 'nothing there yet', config: { ...noDevMount, linux: { devices: [{ path: '/dev/fuse', type: 'c', major: 10, minor: 229 }] } } },
    {
      name: 'hidden by a /dev tmpfs',
      config: { mounts: [{ destination: '/proc', type: 'proc', source: 'proc' }, { destination: '/dev', type: 'tmpfs', source: 'tmpfs' }], linux: { devices: [{ path: '/dev/fuse', type: 'c', major: 10, minor: 229 }] } },
      files: { 'dev/fuse': { file: 'x' } },
    },
    { name: 'a FIFO where a FIFO is asked for', config: { ...noDevMount, linux: { devices: [{ path: '/dev/pipe', type: 'p' }] } }, files: { 'dev/pipe': { fifo: true } } },
    { name: 'config only', configOnly: true, config: { ...noDevMount, linux: { devices: [{ path: '/dev/fuse', type: 'c', major: 10, minor: 229 }] } }, files: { 'dev/fuse': { file: 'x' } } },
  ],
  invalid: [
    {
      name: 'a regular file in the way',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "process": {"cwd": "/", "args": ["/bin/sh"]},\n  "linux": {"namespaces": [{"type": "mount"}], "devices": [\n    {"path": "/dev/fuse", "type": "c", "major": 10, "minor": 229}\n  ]}\n}\n',
      files: { 'dev/fuse': { file: 'not a device' } },
      errors: [{ messageId: 'mismatch', pointer: '/linux/devices/0/path', line: 6, column: 14, rootfsPath: '/dev/fuse' }],
    },
    { name: 'a directory in the way', config: { ...noDevMount, linux: { devices: [{ path: '/dev/net/tun', type: 'c', major: 10, minor: 200 }] } }, files: { 'dev/net/tun': { dir: true } }, errors: [{ messageId: 'mismatch' }] },
    { name: 'a FIFO where a char device is asked for', config: { ...noDevMount, linux: { devices: [{ path: '/dev/x', type: 'u', major: 1, minor: 3 }] } }, files: { 'dev/x': { fifo: true } }, errors: [{ messageId: 'mismatch' }] },
  ],
});
