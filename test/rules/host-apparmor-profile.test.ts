import rule from '../../src/rules/host-apparmor-profile.js';
import { fakeHost } from '../helpers/fake-host.js';
import { testRule } from '../helpers/rule-tester.js';

const enabled = { type: 'file', content: 'Y\n' } as const;
const host = fakeHost({
  '/sys/module/apparmor/parameters/enabled': enabled,
  '/sys/kernel/security/apparmor/profiles': { type: 'file', content: 'docker-default (enforce)\nmy profile (complain)\n' },
});
const profile = (name: string) => ({ process: { apparmorProfile: name } });

testRule(rule, {
  valid: [
    { name: 'loaded', host, config: profile('docker-default') },
    { name: 'a name with a space', host, config: profile('my profile') },
    { name: 'unconfined', host, config: profile('unconfined') },
    { name: 'profiles not readable: cannot tell', host: fakeHost({ '/sys/module/apparmor/parameters/enabled': enabled, '/sys/kernel/security': 'denied' }), config: profile('x') },
  ],
  invalid: [
    {
      name: 'not loaded',
      host,
      raw: '{"ociVersion": "1.3.0", "process": {"args": ["/bin/sh"], "cwd": "/",\n "apparmorProfile": "podman-default"}, "root": {"path": "rootfs"}}\n',
      errors: [{ messageId: 'notLoaded', pointer: '/process/apparmorProfile', line: 2, column: 21, severity: 'error' }],
    },
    { name: 'AppArmor off', host: fakeHost({ '/sys/module/apparmor/parameters/enabled': { type: 'file', content: 'N\n' } }), config: profile('docker-default'), errors: [{ messageId: 'notEnabled', severity: 'error' }] },
    { name: 'no AppArmor module', host: fakeHost({}), config: profile('docker-default'), errors: [{ messageId: 'notEnabled' }] },
    { name: 'even unconfined without AppArmor', host: fakeHost({}), config: profile('unconfined'), errors: [{ messageId: 'notEnabled' }] },
  ],
});
