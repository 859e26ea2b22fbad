import rule from '../../src/rules/host-selinux-enabled.js';
import { fakeHost } from '../helpers/fake-host.js';
import { testRule } from '../helpers/rule-tester.js';

const selinux = fakeHost({ '/sys/fs/selinux/enforce': { type: 'file', content: '1' } });
const none = fakeHost({});
const label = 'system_u:system_r:container_t:s0';

testRule(rule, {
  valid: [
    { name: 'SELinux on', host: selinux, config: { process: { selinuxLabel: label }, linux: { mountLabel: label } } },
    { name: 'no label', host: none, config: {} },
    { name: 'cannot tell', host: fakeHost({ '/sys/fs': 'denied' }), config: { process: { selinuxLabel: label } } },
  ],
  invalid: [
    {
      name: 'process label without SELinux',
      host: none,
      raw: `{"ociVersion": "1.3.0", "process": {"args": ["/bin/sh"], "cwd": "/",\n "selinuxLabel": "${label}"}, "root": {"path": "rootfs"}}\n`,
      errors: [{ messageId: 'processLabel', pointer: '/process/selinuxLabel', line: 2, column: 18, severity: 'error' }],
    },
    { name: 'mount label without SELinux: only runc refuses it', host: none, config: { linux: { mountLabel: label } }, errors: [{ messageId: 'mountLabel', pointer: '/linux/mountLabel', severity: 'warning' }] },
    { name: 'mount label with --target runc', host: none, targets: ['runc'], config: { linux: { mountLabel: label } }, errors: [{ messageId: 'mountLabel', severity: 'error' }] },
    { name: 'mount label with --target crun, which ignores it', host: none, targets: ['crun'], config: { linux: { mountLabel: label } }, errors: [{ messageId: 'mountLabel', severity: 'warning' }] },
  ],
});
