import rule from '../../src/rules/hostname-uts-namespace.js';
import { testRule } from '../helpers/rule-tester.js';

const noUts = [{ type: 'pid' }, { type: 'mount' }, { type: 'ipc' }, { type: 'network' }];

testRule(rule, {
  valid: [
    { name: 'new uts namespace', config: { hostname: 'web', domainname: 'example.com' } },
    { name: 'joined uts namespace, no names', config: { hostname: undefined, linux: { namespaces: [...noUts, { type: 'uts', path: '/proc/1/ns/uts' }] } } },
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
    // youki checks both from 0.7.0; 0.6.0 leaves them unset without a UTS namespace of the container's own.
    { name: 'hostname without uts, youki', targets: ['youki'], config: { hostname: 'web', linux: { namespaces: noUts } }, errors: [{ messageId: 'noUtsHostname', severity: 'error' }] },
    { name: 'hostname without uts, youki 0.6', targets: ['youki@0.6'], config: { hostname: 'web', linux: { namespaces: noUts } }, errors: [{ messageId: 'noUtsHostname', severity: 'warning' }] },
    { name: 'domainname without uts, youki 0.7', targets: ['youki@0.7'], config: { hostname: undefined, domainname: 'example.com', linux: { namespaces: noUts } }, errors: [{ messageId: 'noUtsDomainname', severity: 'error' }] },
    // runc 1.1.5 and crun 1.8.1 set the names in the namespace the config joins: they renamed one
    // made with `unshare --uts` (runtime oracle).
    { name: 'hostname in a joined uts namespace', config: { hostname: 'web', linux: { namespaces: [...noUts, { type: 'uts', path: '/proc/4242/ns/uts' }] } }, errors: [{ messageId: 'joinedUts', pointer: '/hostname', severity: 'warning' }] },
    { name: 'hostname in the host\'s uts namespace', config: { hostname: 'web', linux: { namespaces: [...noUts, { type: 'uts', path: '/proc/1/ns/uts' }] } }, errors: [{ messageId: 'joinedUts', severity: 'error' }] },
    { name: 'domainname in a joined uts namespace', config: { hostname: undefined, domainname: 'example.com', linux: { namespaces: [...noUts, { type: 'uts', path: '/var/run/utsns/pod' }] } }, errors: [{ messageId: 'joinedUts', pointer: '/domainname' }] },
    { name: 'no namespaces at all', config: { linux: { namespaces: undefined } }, errors: [{ messageId: 'noUtsHostname', pointer: '/hostname' }] },
  ],
});
