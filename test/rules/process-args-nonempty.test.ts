import rule from '../../src/rules/process-args-nonempty.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'one argument', config: { process: { args: ['/bin/sh'] } } },
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
    { name: 'no process at all: runc and crun refuse it at create', config: { process: undefined }, errors: [{ messageId: 'noProcess', pointer: '', line: 1, column: 1, severity: 'error' }] },
    { name: 'no process, --target crun', targets: ['crun'], config: { process: undefined }, errors: [{ messageId: 'noProcess', severity: 'error' }] },
    { name: 'empty first entry', config: { process: { args: ['', 'x'] } }, errors: [{ messageId: 'emptyFirst', pointer: '/process/args/0' }] },
  ],
});
