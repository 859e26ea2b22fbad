import rule from '../../src/rules/hostname-valid.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: '64 bytes', config: { hostname: 'a'.repeat(64) } },
    { name: 'usual names', config: { hostname: 'web-7d9c6b5f4-x2lqz', domainname: 'example.com' } },
    { name: 'underscore', config: { hostname: 'my_host' } },
    { name: 'empty', config: { hostname: '' } },
  ],
  invalid: [
    {
      name: '65 bytes',
      raw: `{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "process": {"cwd": "/", "args": ["/bin/sh"]},\n  "hostname": "${'a'.repeat(65)}",\n  "linux": {"namespaces": [{"type": "uts"}]}\n}\n`,
      errors: [{ messageId: 'tooLong', pointer: '/hostname', line: 5, column: 15, severity: 'error' }],
    },
    { name: '64 characters but more bytes', config: { hostname: 'é'.repeat(33) }, errors: [{ messageId: 'tooLong' }] },
    { name: 'long domainname', config: { domainname: 'd'.repeat(65) }, errors: [{ messageId: 'tooLongDomain', pointer: '/domainname' }] },
    { name: 'space', config: { hostname: 'my host' }, errors: [{ messageId: 'chars', severity: 'warning' }] },
    { name: 'slash', config: { domainname: 'a/b' }, errors: [{ messageId: 'chars', pointer: '/domainname' }] },
  ],
});
