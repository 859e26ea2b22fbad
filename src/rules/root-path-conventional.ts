import { defineRule, specUrl } from './api.js';

// config.md "Root": on POSIX platforms root.path SHOULD be the conventional "rootfs". Only a
// bundle-relative path is judged: engines (Docker, Podman, containerd snapshotters) point at an
// absolute directory in their own storage, which is how they are built, not a mistake. Runtimes
// accept any directory, so this is information only.
export default defineRule({
  meta: {
    id: 'root-path-conventional',
    description: 'A bundle-relative root.path should be the conventional "rootfs".',
    category: 'best-practice',
    defaultSeverity: 'info',
    spec: { url: specUrl('config.md', 'configRoot'), level: 'SHOULD' },
    platforms: ['linux', 'solaris', 'vm', 'zos', 'freebsd'],
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    runtimes: {
      unconventional: { runc: 'accepts', crun: 'accepts' },
    },
    messages: {
      unconventional: 'root.path "{{value}}" is not the conventional "rootfs" that the spec recommends for a bundle.',
    },
  },
  check(ctx) {
    const value = ctx.string('/root/path');
    if (value === undefined || value === '' || value.startsWith('/') || ctx.platforms.has('windows') || !ctx.isValid('/root/path')) return;
    const clean = value.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
    if (clean !== 'rootfs') ctx.report({ messageId: 'unconventional', pointer: '/root/path', data: { value } });
  },
});
