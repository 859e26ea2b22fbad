// --host-specific: an SELinux label needs SELinux on the host.
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
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    messages: {
      processLabel: {
        headline: 'process.selinuxLabel is "{{value}}", but SELinux is not enabled on this host',
        detail: 'runc and crun refuse the bundle.',
        help: 'Remove the label for hosts without SELinux, or enable SELinux on this host.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      mountLabel: {
        headline: 'linux.mountLabel is "{{value}}", but SELinux is not enabled on this host',
        detail: 'runc passes the label as a context= mount option, which the kernel rejects; crun ignores it.',
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
