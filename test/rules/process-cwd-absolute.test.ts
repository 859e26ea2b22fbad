import rule from '../../src/rules/process-cwd-absolute.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'root', config: { process: { cwd: '/' } } },
    { name: 'nested', config: { process: { cwd: '/srv/app' } } },
    { name: 'windows drive path', config: { windows: { layerFolders: ['C:\\layers\\1'] }, process: { cwd: 'C:\\app' } } },
    { name: 'no process', config: { process: undefined } },
  ],
  invalid: [
    {
      name: 'relative',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "process": {"args": ["/bin/sh"], "cwd": "srv/app"}\n}\n',
      errors: [{ messageId: 'relative', pointer: '/process/cwd', line: 4, column: 43 }],
    },
    { name: 'empty', config: { process: { cwd: '' } }, errors: [{ messageId: 'empty', pointer: '/process/cwd' }] },
    { name: 'dot', config: { process: { cwd: './' } }, errors: [{ messageId: 'relative', pointer: '/process/cwd' }] },
    {
      name: 'windows relative',
      config: { windows: { layerFolders: ['C:\\layers\\1'] }, process: { cwd: 'app' } },
      errors: [{ messageId: 'relative', pointer: '/process/cwd' }],
    },
  ],
});
