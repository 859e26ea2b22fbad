import rule from '../../src/rules/hook-prestart-deprecated.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'createRuntime instead', config: { hooks: { createRuntime: [{ path: '/bin/true' }] } } },
    { name: 'before 1.0.2 prestart is current', config: { ociVersion: '1.0.1', hooks: { prestart: [{ path: '/bin/true' }] } } },
    { name: 'empty prestart list', config: { hooks: { prestart: [] } } },
  ],
  invalid: [
    { name: 'prestart in a 1.0.2 config, which already marks it deprecated', config: { ociVersion: '1.0.2', hooks: { prestart: [{ path: '/bin/true' }] } }, errors: [{ messageId: 'deprecated', severity: 'warning' }] },
    { name: 'runc spec 1.1 writes 1.0.2-dev', config: { ociVersion: '1.0.2-dev', hooks: { prestart: [{ path: '/bin/true' }] } }, errors: [{ messageId: 'deprecated' }] },
    {
      name: 'prestart in a 1.1.0 config',
      raw: '{\n  "ociVersion": "1.1.0",\n  "root": {"path": "rootfs"},\n  "hooks": {\n    "prestart": [{"path": "/bin/true"}]\n  }\n}\n',
      errors: [{ messageId: 'deprecated', pointer: '/hooks/prestart', line: 5, column: 5, severity: 'warning' }],
    },
  ],
});
