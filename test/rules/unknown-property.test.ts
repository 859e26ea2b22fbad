import rule from '../../src/rules/unknown-property.js';
import { changedText, testRule } from '../helpers/rule-tester.js';

const patch = { mounts: [{ destination: '/x', option: ['ro'] }], procss: { cwd: '/', typo: 1 } };

testRule(rule, {
  valid: [
    { name: 'base config' },
    {
      name: 'map keys are the user\'s',
      config: {
        annotations: { 'org.opencontainers.image.os': 'linux', anything: 'x' },
        linux: { sysctl: { 'net.ipv4.ip_forward': '1' }, resources: { unified: { 'memory.high': '1G' } }, netDevices: { eth0: {} } },
      },
    },
    { name: 'a field of another release is not unknown', config: { ociVersion: '1.0.0', linux: { netDevices: {} } } },
    { name: 'free-form credential spec', config: { windows: { layerFolders: ['C:\\l'], credentialSpec: { Any: { Thing: 1 } } } } },
  ],
  invalid: [
    {
      name: 'near miss, pointing at the key',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "process": {"cwd": "/", "args": ["sh"], "noNewPrivilege": true}\n}\n',
      errors: [{ messageId: 'didYouMean', pointer: '/process/noNewPrivilege', line: 4, column: 43, suggestions: ['{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "process": {"cwd": "/", "args": ["sh"], "noNewPrivileges": true}\n}\n'] }],
    },
    {
      name: 'different case',
      config: { vm: { kernel: { path: '/k' }, hwconfig: {} } },
      errors: [{ messageId: 'didYouMean', pointer: '/vm/hwconfig', suggestions: [changedText({}, (c) => (c.vm = { kernel: { path: '/k' }, hwConfig: {} }))] }],
    },
    {
      name: 'nothing close',
      config: { process: { zzzzzzzz: 1 } },
      errors: [{ messageId: 'unknown', pointer: '/process/zzzzzzzz' }],
    },
    {
      name: 'inside list entries, and nothing below an unknown key',
      config: patch,
      errors: [
        { messageId: 'didYouMean', pointer: '/mounts/0/option', suggestions: [changedText(patch, (c) => (c.mounts = [{ destination: '/x', options: ['ro'] }]))] },
        // No rename: the object has a "process" already.
        { messageId: 'didYouMean', pointer: '/procss' },
      ],
    },
    {
      name: 'the same unknown key in every entry of a list: one finding, the others related',
      config: { mounts: [{ destination: '/a', type: 'tmpfs', source: 'tmpfs', propagation: 'rshared' }, { destination: '/b', type: 'tmpfs', source: 'tmpfs' }, { destination: '/c', type: 'tmpfs', source: 'tmpfs', propagation: 'rshared' }, { destination: '/d', type: 'tmpfs', source: 'tmpfs', propagation: 'rshared' }] },
      errors: [{ messageId: 'unknownRepeated', pointer: '/mounts/0/propagation', related: ['/mounts/2/propagation', '/mounts/3/propagation'] }],
    },
    {
      name: 'a repeated near miss keeps its suggestion; the same key at other places is another finding',
      config: { mounts: [{ destination: '/a', option: ['ro'] }, { destination: '/b', option: ['ro'] }], process: { cwd: '/', option: 1 } },
      errors: [
        { messageId: 'unknown', pointer: '/process/option' },
        {
          messageId: 'didYouMeanRepeated',
          pointer: '/mounts/0/option',
          related: ['/mounts/1/option'],
          // The rename is made in every entry at once.
          suggestions: [changedText({ mounts: [{ destination: '/a', options: ['ro'] }, { destination: '/b', options: ['ro'] }], process: { cwd: '/', option: 1 } }, () => {})],
        },
      ],
    },
  ],
});
