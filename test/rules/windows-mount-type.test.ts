import rule from '../../src/rules/windows-mount-type.js';
import { testRule } from '../helpers/rule-tester.js';

const win = { linux: undefined, windows: { layerFolders: ['C:\\l'] } };

testRule(rule, {
  valid: [
    { name: 'no type', config: { ...win, mounts: [{ destination: 'C:\\data', source: 'C:\\host', options: ['ro'] }] } },
    { name: 'linux mounts have types', config: { mounts: [{ destination: '/proc', type: 'proc', source: 'proc' }] } },
  ],
  invalid: [
    {
      name: 'type on a windows mount',
      raw: '{\n  "ociVersion": "1.3.0",\n  "mounts": [{"destination": "C:\\\\data", "type": "bind", "source": "C:\\\\host"}],\n  "windows": {"layerFolders": ["C:\\\\l"]}\n}\n',
      errors: [{ messageId: 'type', pointer: '/mounts/0/type', line: 3, column: 50, severity: 'warning' }],
    },
  ],
});
