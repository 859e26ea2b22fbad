import rule from '../../src/rules/process-args-nonempty.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'one argument', config: { process: { args: ['/bin/sh'] } } },
    { name: 'no process at all (create-only config)', config: { process: undefined } },
    { name: 'windows may use commandLine', config: { windows: { layerFolders: ['C:\\l'] }, process: { args: undefined, commandLine: 'cmd.exe', cwd: 'C:\\' } } },
  ],
  invalid: [
    {
      name: 'empty array',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "process": {\n    "cwd": "/",\n    "args": []\n  }\n}\n',
      errors: [{ messageId: 'empty', pointer: '/process/args', line: 6, column: 13 }],
    },
    {
      name: 'missing',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "process": {"cwd": "/"}\n}\n',
      errors: [{ messageId: 'missing', pointer: '/process', line: 4, column: 3 }],
    },
    { name: 'empty first entry', config: { process: { args: ['', 'x'] } }, errors: [{ messageId: 'emptyFirst', pointer: '/process/args/0' }] },
  ],
});
