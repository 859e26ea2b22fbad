import rule from '../../src/rules/kata-unsupported-settings.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'none of them', targets: ['kata'] },
    { name: 'sysctls are applied inside the VM (linux-sysctl-namespace and kata-agent-refuses check them)', targets: ['kata'], config: { linux: { sysctl: { 'net.ipv4.ip_forward': '1' } } } },
    { name: 'runc applies them', targets: ['runc'], config: { process: { apparmorProfile: 'docker-default' } } },
  ],
  invalid: [
    {
      name: 'apparmor',
      targets: ['kata'],
      raw: '{\n  "ociVersion": "1.0.2",\n  "root": {"path": "rootfs"},\n  "process": {"cwd": "/", "args": ["/bin/sh"], "apparmorProfile": "docker-default"}\n}\n',
      errors: [{ messageId: 'apparmor', pointer: '/process/apparmorProfile', line: 4, column: 67, severity: 'warning' }],
    },
    {
      name: 'selinux labels',
      targets: ['kata'],
      config: { process: { selinuxLabel: 'system_u:system_r:container_t:s0:c1,c2' }, linux: { mountLabel: 'system_u:object_r:container_file_t:s0:c1,c2' } },
      errors: [{ messageId: 'selinux', pointer: '/process/selinuxLabel' }, { messageId: 'selinux', pointer: '/linux/mountLabel' }],
    },
  ],
});
