import rule from '../../src/rules/hook-path-absolute.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'absolute paths', config: { hooks: { createRuntime: [{ path: '/usr/bin/hook', args: ['hook', 'x'] }], poststop: [{ path: '/bin/true' }] } } },
    { name: 'no hooks' },
  ],
  invalid: [
    {
      name: 'relative prestart path',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "hooks": {\n    "prestart": [{"path": "true"}]\n  }\n}\n',
      errors: [{ messageId: 'relative', pointer: '/hooks/prestart/0/path', line: 5, column: 27 }],
    },
    { name: 'relative in a later list', config: { hooks: { poststart: [{ path: '/ok' }, { path: 'bin/notify' }] } }, errors: [{ messageId: 'relative', pointer: '/hooks/poststart/1/path' }] },
    { name: 'empty path', config: { hooks: { createContainer: [{ path: '' }] } }, errors: [{ messageId: 'empty', pointer: '/hooks/createContainer/0/path' }] },
  ],
});
