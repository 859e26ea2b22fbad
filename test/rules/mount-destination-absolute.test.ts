import rule from '../../src/rules/mount-destination-absolute.js';
import { testRule } from '../helpers/rule-tester.js';

const proc = { destination: '/proc', type: 'proc', source: 'proc' };

testRule(rule, {
  valid: [
    { name: 'LCOW: linux and windows sections', config: { windows: { layerFolders: ['C:\\l'], hyperv: {} }, mounts: [proc, { destination: '/data', type: 'bind', source: 'C:\\data', options: ['rbind'] }] } },
    { name: 'absolute', config: { mounts: [proc, { destination: '/data', type: 'tmpfs', source: 'tmpfs' }] } },
    { name: 'windows drive path', config: { linux: undefined, windows: { layerFolders: ['C:\\l'] }, mounts: [{ destination: 'C:\\data', source: 'C:\\host' }] } },
    { name: 'windows named pipe', config: { linux: undefined, windows: { layerFolders: ['C:\\l'] }, mounts: [{ destination: '\\\\.\\pipe\\docker_engine', source: '\\\\.\\pipe\\docker_engine' }] } },
  ],
  invalid: [
    {
      name: 'linux + vm from 1.2.0: only the deprecation warning',
      config: { ociVersion: '1.2.0', vm: { hypervisor: { path: '/usr/bin/qemu' } }, mounts: [proc, { destination: 'data', type: 'tmpfs', source: 'tmpfs' }] },
      errors: [{ messageId: 'deprecated', severity: 'warning' }],
    },
    {
      name: 'relative before 1.2.0 is an error',
      raw: '{\n  "ociVersion": "1.1.0",\n  "root": {"path": "rootfs"},\n  "mounts": [{"destination": "proc", "type": "proc", "source": "proc"}]\n}\n',
      errors: [{ messageId: 'relative', pointer: '/mounts/0/destination', line: 4, column: 30, severity: 'error' }],
    },
    {
      name: 'relative on Linux from 1.2.0 is a deprecation warning',
      config: { ociVersion: '1.2.0', mounts: [proc, { destination: 'data', type: 'tmpfs', source: 'tmpfs' }] },
      errors: [{ messageId: 'deprecated', pointer: '/mounts/1/destination', severity: 'warning' }],
    },
    {
      name: 'relative on Solaris is still an error',
      config: { linux: undefined, solaris: {}, mounts: [{ destination: 'data', type: 'tmpfs', source: 'tmpfs' }] },
      errors: [{ messageId: 'relative', severity: 'error' }],
    },
    {
      name: 'windows path without a drive',
      config: { linux: undefined, windows: { layerFolders: ['C:\\l'] }, mounts: [{ destination: '\\data', source: 'C:\\host' }] },
      errors: [{ messageId: 'windows', pointer: '/mounts/0/destination' }],
    },
    { name: 'empty', config: { mounts: [proc, { destination: '', type: 'tmpfs', source: 'tmpfs' }] }, errors: [{ messageId: 'empty' }] },
  ],
});
