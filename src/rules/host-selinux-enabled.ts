// --host-specific: an SELinux label needs SELinux on the host. runc refuses a process label
// without it (validate/validator.go, every release to 1.5.1), and adds a mount label to its mounts
// as a context= option whatever the host (go-selinux's FormatMountLabelByType), which the kernel
// rejects; crun refuses a process label (it cannot write /proc/self/attr) and drops a mount label
// when SELinux is off (add_selinux_mount_label in utils.c, 1.8.1 to 1.29.1).
import { defineRule, specUrl } from './api.js';
import { absent } from './util/host.js';

export default defineRule({
  meta: {
    id: 'host-selinux-enabled',
    description: 'SELinux is enabled on this host when the config sets an SELinux label.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configProcess'), level: 'MUST' },
    platforms: ['linux'],
    hostSpecific: true,
    runtimeVersions: 'runc 1.1.5 and crun 1.8.1 (runtime oracle); runc 1.5.1 and crun 1.29.1 from source',
    messages: {
      processLabel: {
        headline: 'process.selinuxLabel is "{{value}}", but SELinux is not enabled on this host',
        detail: 'runc and crun refuse the bundle.',
        help: 'Remove the label for hosts without SELinux, or enable SELinux on this host.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      mountLabel: {
        headline: 'linux.mountLabel is "{{value}}", but SELinux is not enabled on this host',
        detail: 'runc passes the label as a context= mount option, which the kernel rejects; crun leaves it out when SELinux is off.',
        help: 'Remove the label for hosts without SELinux, or enable SELinux on this host.',
        runtimes: { runc: 'refuses', crun: 'accepts' },
      },
    },
  },
  reads: ['process.selinuxLabel', 'linux.mountLabel'],
  check(ctx) {
    const host = ctx.host;
    if (!host) return;
    const process = ctx.config.process;
    const linux = ctx.config.linux;
    const label = process?.selinuxLabel;
    const mountLabel = linux?.mountLabel;
    if (!label && !mountLabel) return;
    // selinuxfs is mounted (with its enforce file) exactly when SELinux is enabled.
    if (!absent(host.stat('/sys/fs/selinux/enforce'))) return;
    if (process && label && ctx.valid(process, 'selinuxLabel')) ctx.report({ messageId: 'processLabel', node: process, key: 'selinuxLabel', data: { value: label } });
    if (linux && mountLabel && ctx.valid(linux, 'mountLabel')) ctx.report({ messageId: 'mountLabel', node: linux, key: 'mountLabel', data: { value: mountLabel } });
  },
});
