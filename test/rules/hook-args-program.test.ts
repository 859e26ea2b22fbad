import rule from '../../src/rules/hook-args-program.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'program name first', config: { hooks: { createRuntime: [{ path: '/usr/bin/hook', args: ['hook', '--verbose'] }] } } },
    { name: 'multi-call program', config: { hooks: { prestart: [{ path: '/proc/42/exe', args: ['libnetwork-setkey', '-exec-root=/run/docker'] }] } } },
    { name: 'no args', config: { hooks: { poststop: [{ path: '/bin/true' }] } } },
  ],
  invalid: [
    {
      name: 'flag first',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "hooks": {"createRuntime": [{"path": "/usr/bin/hook", "args": ["--debug", "x"]}]}\n}\n',
      errors: [{ messageId: 'flag', pointer: '/hooks/createRuntime/0/args/0', line: 4, column: 66, severity: 'warning' }],
    },
  ],
});
