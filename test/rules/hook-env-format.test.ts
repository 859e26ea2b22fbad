import rule from '../../src/rules/hook-env-format.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [{ name: 'KEY=value entries', config: { hooks: { poststop: [{ path: '/bin/true', env: ['A=1', 'EMPTY=', 'X=a=b'] }] } } }],
  invalid: [
    {
      name: 'no equals sign',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "hooks": {"poststart": [{"path": "/bin/true", "env": ["OK=1", "NOEQUALS"]}]}\n}\n',
      errors: [{ messageId: 'noEquals', pointer: '/hooks/poststart/0/env/1', line: 4, column: 65, severity: 'warning' }],
    },
    { name: 'empty name', config: { hooks: { createRuntime: [{ path: '/bin/true', env: ['=x'] }] } }, errors: [{ messageId: 'emptyName', pointer: '/hooks/createRuntime/0/env/0' }] },
  ],
});
