import rule from '../../src/rules/mount-proc-present.js';
import { changedText, testRule } from '../helpers/rule-tester.js';

const noProc = { mounts: [{ destination: '/tmp', type: 'tmpfs', source: 'tmpfs' }] };

testRule(rule, {
  valid: [
    { name: 'the base config mounts proc' },
    { name: 'relative destination', config: { ociVersion: '1.2.0', mounts: [{ destination: 'proc', type: 'proc', source: 'proc' }] } },
    { name: 'bind of the host /proc', config: { mounts: [{ destination: '/proc', type: 'bind', source: '/proc', options: ['rbind'] }] } },
    { name: 'not a Linux config', config: { linux: undefined, windows: { layerFolders: ['C:\\l'] }, mounts: [] } },
    { name: 'no linux section at all (the runtime-spec\'s minimal config)', raw: '{"ociVersion": "1.0.0", "root": {"path": "rootfs"}}\n' },
  ],
  invalid: [
    {
      name: 'no proc mount: a warning naming the runc releases that refuse it',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "linux": {},\n  "mounts": [{"destination": "/tmp", "type": "tmpfs", "source": "tmpfs"}]\n}\n',
      errors: [
        {
          messageId: 'missing',
          pointer: '/mounts',
          line: 5,
          column: 3,
          severity: 'warning',
          suggestions: ['{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "linux": {},\n  "mounts": [{"destination": "/proc", "type": "proc", "source": "proc"}, {"destination": "/tmp", "type": "tmpfs", "source": "tmpfs"}]\n}\n'],
        },
      ],
    },
    {
      name: 'no mounts at all',
      config: { mounts: undefined },
      errors: [{ messageId: 'missing', pointer: '', severity: 'warning', suggestions: [changedText({ mounts: undefined }, (c) => (c.mounts = [{ destination: '/proc', type: 'proc', source: 'proc' }]))] }],
    },
    { name: 'tmpfs on /proc', config: { mounts: [{ destination: '/proc', type: 'tmpfs', source: 'tmpfs' }] }, errors: [{ messageId: 'notProc', pointer: '/mounts/0' }] },
    {
      name: 'a later tmpfs replaces proc',
      config: { mounts: [{ destination: '/proc', type: 'proc', source: 'proc' }, { destination: '/proc/', type: 'tmpfs', source: 'tmpfs' }] },
      errors: [{ messageId: 'notProc', pointer: '/mounts/1' }],
    },
    { name: 'runc 1.1 fails at create', targets: ['runc@1.1'], config: noProc, errors: [{ messageId: 'missing', severity: 'error', suggestions: [changedText(noProc, (c) => (c.mounts = [{ destination: '/proc', type: 'proc', source: 'proc' }, ...c.mounts]))] }] },
    { name: 'some runc 1.2 releases fail at start', targets: ['runc@1.2'], config: noProc, errors: [{ messageId: 'missing', severity: 'error', suggestions: [changedText(noProc, (c) => (c.mounts = [{ destination: '/proc', type: 'proc', source: 'proc' }, ...c.mounts]))] }] },
    { name: 'runc 1.2.8 starts it', targets: ['runc@1.2.8'], config: noProc, errors: [{ messageId: 'missing', severity: 'warning', suggestions: [changedText(noProc, (c) => (c.mounts = [{ destination: '/proc', type: 'proc', source: 'proc' }, ...c.mounts]))] }] },
    { name: 'runc 1.3.2 does not', targets: ['runc@1.3.2'], config: noProc, errors: [{ messageId: 'missing', severity: 'error', suggestions: [changedText(noProc, (c) => (c.mounts = [{ destination: '/proc', type: 'proc', source: 'proc' }, ...c.mounts]))] }] },
    { name: 'the newest runc starts it', targets: ['runc'], config: noProc, errors: [{ messageId: 'missing', severity: 'warning', suggestions: [changedText(noProc, (c) => (c.mounts = [{ destination: '/proc', type: 'proc', source: 'proc' }, ...c.mounts]))] }] },
    { name: 'crun starts it', targets: ['crun@1.8'], config: noProc, errors: [{ messageId: 'missing', severity: 'warning', suggestions: [changedText(noProc, (c) => (c.mounts = [{ destination: '/proc', type: 'proc', source: 'proc' }, ...c.mounts]))] }] },
  ],
});
