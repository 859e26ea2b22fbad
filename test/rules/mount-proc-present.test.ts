import rule from '../../src/rules/mount-proc-present.js';
import { changedText, testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'the base config mounts proc' },
    { name: 'relative destination', config: { ociVersion: '1.2.0', mounts: [{ destination: 'proc', type: 'proc', source: 'proc' }] } },
    { name: 'bind of the host /proc', config: { mounts: [{ destination: '/proc', type: 'bind', source: '/proc', options: ['rbind'] }] } },
    { name: 'not a Linux config', config: { linux: undefined, windows: { layerFolders: ['C:\\l'] }, mounts: [] } },
  ],
  invalid: [
    {
      name: 'no proc mount',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "mounts": [{"destination": "/tmp", "type": "tmpfs", "source": "tmpfs"}]\n}\n',
      errors: [
        {
          messageId: 'missing',
          pointer: '/mounts',
          line: 4,
          column: 3,
          suggestions: ['{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "mounts": [{"destination": "/proc", "type": "proc", "source": "proc"}, {"destination": "/tmp", "type": "tmpfs", "source": "tmpfs"}]\n}\n'],
        },
      ],
    },
    {
      name: 'no mounts at all',
      config: { mounts: undefined },
      errors: [{ messageId: 'missing', pointer: '', suggestions: [changedText({ mounts: undefined }, (c) => (c.mounts = [{ destination: '/proc', type: 'proc', source: 'proc' }]))] }],
    },
    { name: 'tmpfs on /proc', config: { mounts: [{ destination: '/proc', type: 'tmpfs', source: 'tmpfs' }] }, errors: [{ messageId: 'notProc', pointer: '/mounts/0' }] },
    {
      name: 'a later tmpfs replaces proc',
      config: { mounts: [{ destination: '/proc', type: 'proc', source: 'proc' }, { destination: '/proc/', type: 'tmpfs', source: 'tmpfs' }] },
      errors: [{ messageId: 'notProc', pointer: '/mounts/1' }],
    },
  ],
});
