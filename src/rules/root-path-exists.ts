import { defineRule, specUrl } from './api.js';
import { fileTypeName } from '../model/file-type.js';

// config.md "Root": root.path names the container's root filesystem, relative to the bundle, and
// a directory MUST exist there. runc additionally refuses a root.path that is or passes through a
// symlink ("invalid rootfs: not an absolute path, or a symlink").
export default defineRule({
  meta: {
    id: 'root-path-exists',
    description: 'root.path must name an existing directory in the bundle.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configRoot'), level: 'MUST' },
    platforms: ['linux', 'solaris', 'vm', 'zos', 'freebsd'],
    needsRootfs: true,
    messages: {
      missing: {
        headline: 'root.path "{{value}}" does not exist in the bundle{{where}}',
        detail: 'The spec requires a directory at root.path: it is the container\'s root filesystem, and runc and crun refuse the bundle without it.',
        help: 'Put the root filesystem there, or point root.path at the directory that holds it.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      notDir: {
        headline: 'root.path "{{value}}" is a {{type}}, not a directory',
        detail: 'The spec requires a directory at root.path: it is the container\'s root filesystem.',
        help: 'Point root.path at the directory that holds the root filesystem.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      symlink: {
        headline: 'root.path "{{value}}" is a symlink to "{{target}}"',
        detail: 'runc refuses a root filesystem that is or passes through a symlink ("invalid rootfs: not an absolute path, or a symlink"); crun accepts it.',
        help: 'Point root.path at the directory itself.',
        severity: 'warning',
        runtimes: { runc: 'refuses', crun: 'accepts' },
      },
      symlinkBroken: {
        headline: 'root.path "{{value}}" is a symlink to "{{target}}", which {{problem}}',
        detail: 'The spec requires a directory at root.path: it is the container\'s root filesystem.',
        help: 'Point root.path at the directory that holds the root filesystem.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      outside: {
        headline: 'root.path "{{value}}" is outside the bundle',
        detail: 'Its contents were not checked.',
        help: 'Keep the root filesystem in the bundle directory (a relative root.path) to have it checked.',
        severity: 'info',
      },
    },
  },
  reads: ['root.path'],
  check(ctx) {
    const node = ctx.config.root;
    const value = node?.path;
    const root = ctx.root;
    if (node === undefined || value === undefined || !root) return;
    const place = { node, key: 'path' } as const;
    switch (root.kind) {
      case 'dir':
        return;
      case 'missing':
        return ctx.report({
          messageId: 'missing',
          ...place,
          data: { value, where: root.at === value.replace(/^\.\/|\/+$/g, '') ? '' : ` ("${root.at}" is missing)` },
        });
      case 'not-dir':
        return ctx.report({ messageId: 'notDir', ...place, data: { value, type: fileTypeName(root.type) } });
      case 'outside':
        return ctx.report({ messageId: 'outside', ...place, data: { value } });
      case 'symlink':
        if (root.resolved === 'dir') {
          return ctx.report({ messageId: 'symlink', ...place, data: { value, target: root.target } });
        }
        return ctx.report({
          messageId: 'symlinkBroken',
          ...place,
          data: {
            value,
            target: root.target,
            problem:
              root.resolved === 'missing' ? 'does not exist' : root.resolved === 'outside' ? 'leads out of the bundle' : `is a ${fileTypeName(root.resolved)}`,
          },
        });
    }
  },
});
