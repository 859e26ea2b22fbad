import rule from '../../src/rules/hooks-platform.js';
import { testRule } from '../helpers/rule-tester.js';

const windows = { linux: undefined, windows: { layerFolders: ['C:\\l'] } };

testRule(rule, {
  valid: [
    { name: 'linux hooks', config: { hooks: { poststop: [{ path: '/bin/true' }] } } },
    { name: 'windows without hooks', config: windows },
  ],
  invalid: [
    {
      name: 'hooks in a windows config',
      raw: '{\n  "ociVersion": "1.3.0",\n  "process": {"cwd": "C:\\\\", "args": ["cmd"]},\n  "hooks": {"poststop": [{"path": "C:\\\\hook.exe"}]},\n  "windows": {"layerFolders": ["C:\\\\l"]}\n}\n',
      errors: [{ messageId: 'windows', pointer: '/hooks', line: 4, column: 3, severity: 'warning' }],
    },
  ],
});
