import { defineRule, specUrl } from './api.js';

// Settings Kata Containers accepts but does not apply, per its limitations document
// (kata-containers docs/Limitations.md): linux.sysctl ("docker run and sysctl" is not
// implemented), AppArmor profiles (--security-opt apparmor is not supported), and SELinux labels
// (not applied). The workload runs without them, which matters when they were meant as controls.
export default defineRule({
  meta: {
    id: 'kata-unsupported-settings',
    description: 'Kata Containers does not apply sysctls, AppArmor profiles or SELinux labels.',
    category: 'runtime',
    defaultSeverity: 'warning',
    spec: { url: specUrl('config-linux.md', 'sysctl'), level: 'MAY' },
    targets: ['kata'],
    runtimeVersions: 'Kata Containers 2.x and 3.x (docs/Limitations.md)',
    platforms: ['linux'],
    messages: {
      sysctl: 'Kata Containers does not apply linux.sysctl ({{count}} entries): the guest kernel keeps its own values.',
      apparmor: 'Kata Containers does not apply process.apparmorProfile "{{value}}".',
      selinux: 'Kata Containers does not apply {{field}} "{{value}}".',
    },
  },
  check(ctx) {
    const sysctl = ctx.object('/linux/sysctl');
    if (sysctl && Object.keys(sysctl).length > 0) {
      ctx.report({ messageId: 'sysctl', pointer: '/linux/sysctl', data: { count: Object.keys(sysctl).length } });
    }
    const apparmor = ctx.string('/process/apparmorProfile');
    if (apparmor) ctx.report({ messageId: 'apparmor', pointer: '/process/apparmorProfile', data: { value: apparmor } });
    for (const [pointer, field] of [['/process/selinuxLabel', 'process.selinuxLabel'], ['/linux/mountLabel', 'linux.mountLabel']] as const) {
      const value = ctx.string(pointer);
      if (value) ctx.report({ messageId: 'selinux', pointer, data: { field, value } });
    }
  },
});
