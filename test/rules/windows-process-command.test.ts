import rule from '../../src/rules/windows-process-command.js';
import { testRule } from '../helpers/rule-tester.js';

const win = { linux: undefined, windows: { layerFolders: ['C:\\l'] } };

testRule(rule, {
  valid: [
    { name: 'args', config: { ...win, process: { cwd: 'C:\\', args: ['cmd.exe'] } } },
    { name: 'commandLine only', config: { ...win, process: { cwd: 'C:\\', args: undefined, commandLine: 'cmd.exe /c dir' } } },
  ],
  invalid: [
    {
      name: 'neither',
      raw: '{\n  "ociVersion": "1.3.0",\n  "process": {"cwd": "C:\\\\"},\n  "windows": {"layerFolders": ["C:\\\\l"]}\n}\n',
      errors: [{ messageId: 'missing', pointer: '/process', line: 3, column: 3 }],
    },
    { name: 'empty args, no commandLine', config: { ...win, process: { cwd: 'C:\\', args: [] } }, errors: [{ messageId: 'missing' }] },
  ],
});
