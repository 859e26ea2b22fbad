import rule from '../../src/rules/kata-unsupported-settings.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'none of them', targets: ['kata'] },
    { name: 'runc applies them', targets: ['runc'], config: { linux: { sysctl: { 'net.ipv4.ip_forward': '1' } } } },
  ],
  invalid: [
    {
      name: 'sysctl',
      targets: ['kata'],
      raw: '{\n  "ociVersion": "1.0.2",\n  "root": {"path": "rootfs"},\n  "linux": {"sysctl": {"net.ipv4.ip_forward": "1"}}\n}\n',
      errors: [{ messageId: 'sysctl', pointer: '/linux/sysctl', line: 4, column: 23, severity: 'warning' }],
    },
    {
      name: 'apparmor and selinux',
      targets: ['kata'],
      config: { process: { apparmorProfile: 'docker-default', selinuxLabel: 'system_u:system_r:container_t:s0' } },
      errors: [{ messageId: 'apparmor', pointer: '/process/apparmorProfile' }, { messageId: 'selinux', pointer: '/process/selinuxLabel' }],
    },
  ],
});
