import rule from '../../src/rules/process-args-nonempty.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'one argument', config: { process: { args: ['/bin/sh'] } } },
    { name: 'windows may use commandLine', config: { windows: { layerFolders: ['C:\\l'] }, process: { args: undefined, commandLine: 'cmd.exe', cwd: 'C:\\' } } },
    { name: 'a FreeBSD config without a process (runc and crun do not run FreeBSD)', config: { linux: undefined, freebsd: {}, process: undefined } },
    { name: 'a z/OS config without a process', config: { linux: undefined, zos: {}, process: undefined } },
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
    { name: 'no process at all: valid for the spec, refused by runc and crun', config: { process: undefined }, errors: [{ messageId: 'noProcess', pointer: '', line: 1, column: 1, severity: 'warning' }] },
    { name: 'no process, --target crun', targets: ['crun'], config: { process: undefined }, errors: [{ messageId: 'noProcess', severity: 'error' }] },
    { name: 'no process, --target runc@1.1', targets: ['runc@1.1'], config: { process: undefined }, errors: [{ messageId: 'noProcess', severity: 'error' }] },
    { name: 'empty first entry', config: { process: { args: ['', 'x'] } }, errors: [{ messageId: 'emptyFirst', pointer: '/process/args/0' }] },
  ],
});
