import rule from '../../src/rules/hostname-uts-namespace.js';
import { testRule } from '../helpers/rule-tester.js';

const noUts = [{ type: 'pid' }, { type: 'mount' }, { type: 'ipc' }, { type: 'network' }];

testRule(rule, {
  valid: [
    { name: 'new uts namespace', config: { hostname: 'web', domainname: 'example.com' } },
    { name: 'joined uts namespace', config: { hostname: 'web', linux: { namespaces: [...noUts, { type: 'uts', path: '/proc/1/ns/uts' }] } } },
    { name: 'empty hostname without uts', config: { hostname: '', linux: { namespaces: noUts } } },
    { name: 'no hostname without uts', config: { hostname: undefined, linux: { namespaces: noUts } } },
  ],
  invalid: [
    {
      name: 'hostname without uts',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "process": {"cwd": "/", "args": ["/bin/sh"]},\n  "hostname": "web",\n  "linux": {"namespaces": [{"type": "pid"}, {"type": "mount"}]}\n}\n',
      errors: [{ messageId: 'noUtsHostname', pointer: '/hostname', line: 5, column: 15 }],
    },
    { name: 'domainname without uts', config: { hostname: undefined, domainname: 'example.com', linux: { namespaces: noUts } }, errors: [{ messageId: 'noUtsDomainname', pointer: '/domainname', severity: 'error' }] },
    { name: 'domainname without uts, runc 1.1 ignores it', targets: ['runc@1.1'], config: { hostname: undefined, domainname: 'example.com', linux: { namespaces: noUts } }, errors: [{ messageId: 'noUtsDomainname', severity: 'warning' }] },
    { name: 'domainname without uts, runc 1.2 refuses it', targets: ['runc@1.2'], config: { hostname: undefined, domainname: 'example.com', linux: { namespaces: noUts } }, errors: [{ messageId: 'noUtsDomainname', severity: 'error' }] },
    { name: 'no namespaces at all', config: { linux: { namespaces: undefined } }, errors: [{ messageId: 'noUtsHostname', pointer: '/hostname' }] },
  ],
});
