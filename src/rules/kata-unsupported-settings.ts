import { defineRule, specUrl } from './api.js';
import { fieldOf } from '../model/view.js';

// Settings Kata Containers accepts but does not apply, per its limitations document
// (kata-containers docs/Limitations.md): linux.sysctl ("docker run and sysctl" is not
// implemented), AppArmor profiles (--security-opt apparmor is not supported), and SELinux labels
// (not applied). The workload runs without them, which matters when they were meant as controls.
const detail = 'The workload runs without it, which matters when it was meant as a control.';

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
      sysctl: {
        headline: 'linux.sysctl ({{count}} entries) is not applied by Kata Containers',
        detail: 'The guest kernel keeps its own values: the workload runs without these settings.',
        help: 'Do not rely on linux.sysctl under Kata Containers; remove the entries, or set the values another way.',
      },
      apparmor: {
        headline: 'process.apparmorProfile "{{value}}" is not applied by Kata Containers',
        detail,
        help: 'Do not rely on the profile under Kata Containers; remove it, or confine the workload another way.',
      },
      selinux: {
        headline: '{{field}} "{{value}}" is not applied by Kata Containers',
        detail,
        help: 'Do not rely on the label under Kata Containers; remove it, or confine the workload another way.',
      },
    },
  },
  reads: ['linux.sysctl', 'process.apparmorProfile', 'process.selinuxLabel', 'linux.mountLabel'],
  check(ctx) {
    const { linux, process } = ctx.config;
    const sysctl = linux?.sysctl;
    if (linux && sysctl && Object.keys(sysctl).length > 0) {
      ctx.report({ messageId: 'sysctl', node: linux, key: 'sysctl', data: { count: Object.keys(sysctl).length } });
    }
    const apparmor = process?.apparmorProfile;
    if (process && apparmor) ctx.report({ messageId: 'apparmor', node: process, key: 'apparmorProfile', data: { value: apparmor } });
    const selinuxLabel = process?.selinuxLabel;
    if (process && selinuxLabel) ctx.report({ messageId: 'selinux', node: process, key: 'selinuxLabel', data: { field: fieldOf(process, 'selinuxLabel'), value: selinuxLabel } });
    const mountLabel = linux?.mountLabel;
    if (linux && mountLabel) ctx.report({ messageId: 'selinux', node: linux, key: 'mountLabel', data: { field: fieldOf(linux, 'mountLabel'), value: mountLabel } });
  },
});
