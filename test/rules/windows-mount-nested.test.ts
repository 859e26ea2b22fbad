import rule from '../../src/rules/windows-mount-nested.js';
import { testRule } from '../helpers/rule-tester.js';

const win = { linux: undefined, windows: { layerFolders: ['C:\\l'] } };

testRule(rule, {
  valid: [
    { name: 'siblings', config: { ...win, mounts: [{ destination: 'C:\\foo', source: 'C:\\a' }, { destination: 'C:\\foobar', source: 'C:\\b' }] } },
    { name: 'linux nesting is fine', config: { mounts: [{ destination: '/proc', type: 'proc', source: 'proc' }, { destination: '/proc/x', type: 'tmpfs', source: 'tmpfs' }] } },
  ],
  invalid: [
    {
      name: 'nested',
      raw: '{\n  "ociVersion": "1.3.0",\n  "mounts": [\n    {"destination": "C:\\\\foo", "source": "C:\\\\a"},\n    {"destination": "c:/FOO/bar", "source": "C:\\\\b"}\n  ],\n  "windows": {"layerFolders": ["C:\\\\l"]}\n}\n',
      errors: [{ messageId: 'nested', pointer: '/mounts/1/destination', line: 5, column: 21 }],
    },
    { name: 'outer listed later', config: { ...win, mounts: [{ destination: 'C:\\foo\\bar', source: 'C:\\a' }, { destination: 'C:\\foo', source: 'C:\\b' }] }, errors: [{ messageId: 'nested', pointer: '/mounts/0/destination' }] },
  ],
});
