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
    runtimes: {
      processLabel: { runc: 'refuses', crun: 'refuses' },
      mountLabel: { runc: 'refuses', crun: 'accepts' },
    },
    messages: {
      processLabel: 'process.selinuxLabel is "{{value}}", but SELinux is not enabled on this host; runc and crun refuse the bundle.',
      mountLabel: 'linux.mountLabel is "{{value}}", but SELinux is not enabled on this host; runc passes it as a context= mount option, which the kernel rejects (crun ignores it).',
    },
  },
  check(ctx) {
    const host = ctx.host;
    if (!host) return;
    const label = ctx.string('/process/selinuxLabel');
    const mountLabel = ctx.string('/linux/mountLabel');
    if (!label && !mountLabel) return;
    // selinuxfs is mounted (with its enforce file) exactly when SELinux is enabled.
    if (!absent(host.stat('/sys/fs/selinux/enforce'))) return;
    if (label && ctx.isValid('/process/selinuxLabel')) ctx.report({ messageId: 'processLabel', pointer: '/process/selinuxLabel', data: { value: label } });
    if (mountLabel && ctx.isValid('/linux/mountLabel')) ctx.report({ messageId: 'mountLabel', pointer: '/linux/mountLabel', data: { value: mountLabel } });
  },
});
