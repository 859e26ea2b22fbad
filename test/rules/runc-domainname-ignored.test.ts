import rule from '../../src/rules/runc-domainname-ignored.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'no domainname', targets: ['runc'] },
    { name: 'crun sets it', targets: ['crun'], config: { domainname: 'example.org' } },
  ],
  invalid: [
    {
      name: 'domainname under runc',
      targets: ['runc'],
      raw: '{\n  "ociVersion": "1.1.0",\n  "root": {"path": "rootfs"},\n  "domainname": "example.org"\n}\n',
      errors: [{ messageId: 'ignored', pointer: '/domainname', line: 4, column: 17, severity: 'warning' }],
    },
  ],
});
