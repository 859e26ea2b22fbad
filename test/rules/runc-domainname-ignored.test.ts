import rule from '../../src/rules/runc-domainname-ignored.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'no domainname', targets: ['runc@1.1'] },
    { name: 'runc 1.2 sets it', targets: ['runc@1.2'], config: { domainname: 'example.org' } },
    { name: 'a bare --target runc is the newest release, which sets it', targets: ['runc'], config: { domainname: 'example.org' } },
    { name: 'crun sets it', targets: ['crun'], config: { domainname: 'example.org' } },
  ],
  invalid: [
    {
      name: 'domainname under runc 1.1',
      targets: ['runc@1.1'],
      raw: '{\n  "ociVersion": "1.1.0",\n  "root": {"path": "rootfs"},\n  "domainname": "example.org"\n}\n',
      errors: [{ messageId: 'ignored', pointer: '/domainname', line: 4, column: 17, severity: 'warning' }],
    },
  ],
});
