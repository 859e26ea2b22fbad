import rule from '../../src/rules/writable-rootfs.js';
import { testRule } from '../helpers/rule-tester.js';

const raw = '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs", "readonly": false},\n  "process": {"cwd": "/", "args": ["/bin/sh"], "user": {"uid": 0, "gid": 0}}\n}\n';

testRule(rule, {
  valid: [{ name: 'read-only', config: { root: { readonly: true } } }],
  invalid: [
    { name: 'false', raw, errors: [{ messageId: 'false', pointer: '/root/readonly', line: 3, column: 42 }] },
    { name: 'absent', config: {}, errors: [{ messageId: 'missing', pointer: '/root' }] },
  ],
});
