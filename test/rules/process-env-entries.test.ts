import rule from '../../src/rules/process-env-entries.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'plain entries', config: { process: { env: ['PATH=/usr/bin:/bin', 'TERM=xterm', 'EMPTY=', 'A=b=c'] } } },
    { name: 'names POSIX does not require but runtimes pass on', config: { process: { env: ['PATH=/bin', 'BAD-KEY=1', '1X=2', 'Ä=3'] } } },
    { name: 'no env', config: { process: { env: undefined } } },
  ],
  invalid: [
    {
      name: 'no equals sign',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "process": {"cwd": "/", "args": ["/bin/sh"],\n    "env": ["PATH=/bin", "NOEQUALS"]}\n}\n',
      errors: [{ messageId: 'noEquals', pointer: '/process/env/1', line: 5, column: 26 }],
    },
    { name: 'empty entry', config: { process: { env: ['PATH=/bin', ''] } }, errors: [{ messageId: 'noEquals', pointer: '/process/env/1' }] },
    { name: 'empty name', config: { process: { env: ['=value'] } }, errors: [{ messageId: 'emptyName', pointer: '/process/env/0' }] },
    { name: 'NUL in value: only runc refuses it', config: { process: { env: ['A=x\u0000y'] } }, errors: [{ messageId: 'nul', pointer: '/process/env/0', severity: 'warning' }] },
    { name: 'NUL in value, --target runc@1.1', targets: ['runc@1.1'], config: { process: { env: ['A=x\u0000y'] } }, errors: [{ messageId: 'nul', severity: 'error' }] },
    { name: 'NUL in name', config: { process: { env: ['A\u0000B=y'] } }, errors: [{ messageId: 'nul' }] },
    {
      name: 'duplicate name',
      config: { process: { env: ['PATH=/bin', 'TERM=a', 'TERM=b', 'TERM=c'] } },
      errors: [
        { messageId: 'duplicate', pointer: '/process/env/2', severity: 'warning' },
        { messageId: 'duplicate', pointer: '/process/env/3', severity: 'warning' },
      ],
    },
  ],
});
