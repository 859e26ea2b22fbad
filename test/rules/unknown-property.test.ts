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
  ],
});
