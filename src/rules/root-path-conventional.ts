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
    messages: {
      unconventional: {
        headline: 'root.path "{{value}}" is not the conventional "rootfs"',
        detail: 'The spec recommends naming a bundle\'s root filesystem directory "rootfs"; runtimes accept any directory.',
        help: 'Rename the directory to "rootfs" and set root.path to "rootfs".',
        runtimes: { runc: 'accepts', crun: 'accepts' },
      },
      bundleDir: {
        headline: 'root.path "{{value}}" is the bundle directory itself',
        detail: 'The runtimes use the bundle directory as the container\'s root filesystem, so config.json, with its hooks, mounts and annotations, is a file the container can read, and the runtimes create their mount points (/proc, /dev, /sys) beside it.',
        help: 'Move the root filesystem into a directory of its own, "rootfs", and set root.path to it.',
        runtimes: { runc: 'accepts', crun: 'accepts' },
      },
    },
  },
  reads: ['root.path'],
  check(ctx) {
    const root = ctx.config.root;
    const value = root?.path;
    if (root === undefined || value === undefined || value === '' || value.startsWith('/') || ctx.platforms.has('windows') || !ctx.valid(root, 'path')) return;
    const clean = value.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
    if (clean === '.' || clean === '') ctx.report({ messageId: 'bundleDir', node: root, key: 'path', data: { value } });
    else if (clean !== 'rootfs') ctx.report({ messageId: 'unconventional', node: root, key: 'path', data: { value } });
  },
});
