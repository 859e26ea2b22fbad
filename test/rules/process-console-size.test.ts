import rule from '../../src/rules/process-console-size.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'with a terminal', config: { process: { terminal: true, consoleSize: { height: 25, width: 80 } } } },
    { name: 'no console size', config: { process: { terminal: false } } },
  ],
  invalid: [
    {
      name: 'terminal false',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "process": {"cwd": "/", "args": ["/bin/sh"], "terminal": false,\n    "consoleSize": {"height": 25, "width": 80}}\n}\n',
      errors: [{ messageId: 'noTerminal', pointer: '/process/consoleSize', line: 5, column: 5, severity: 'info' }],
    },
    { name: 'terminal unset', config: { process: { terminal: undefined, consoleSize: { height: 25, width: 80 } } }, errors: [{ messageId: 'noTerminal' }] },
  ],
});
