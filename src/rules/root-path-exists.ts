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
    runtimes: {
      missing: { runc: 'refuses', crun: 'refuses' },
      notDir: { runc: 'refuses', crun: 'refuses' },
      symlink: { runc: 'refuses', crun: 'accepts' },
      symlinkBroken: { runc: 'refuses', crun: 'refuses' },
    },
    messages: {
      missing: 'root.path "{{value}}" does not exist in the bundle{{detail}}.',
      notDir: 'root.path "{{value}}" is a {{type}}, not a directory.',
      symlink: 'root.path "{{value}}" is a symlink to "{{target}}"; runc refuses a symlinked rootfs.',
      symlinkBroken: 'root.path "{{value}}" is a symlink to "{{target}}", which {{problem}}.',
      outside: 'root.path "{{value}}" is outside the bundle; its contents were not checked.',
    },
  },
  check(ctx) {
    const value = ctx.string('/root/path');
    const root = ctx.root;
    if (value === undefined || !root) return;
    const pointer = '/root/path';
    switch (root.kind) {
      case 'dir':
        return;
      case 'missing':
        return ctx.report({
          messageId: 'missing',
          pointer,
          data: { value, detail: root.at === value.replace(/^\.\/|\/+$/g, '') ? '' : ` ("${root.at}" is missing)` },
        });
      case 'not-dir':
        return ctx.report({ messageId: 'notDir', pointer, data: { value, type: fileTypeName(root.type) } });
      case 'outside':
        return ctx.report({ messageId: 'outside', pointer, severity: 'info', data: { value } });
      case 'symlink':
        if (root.resolved === 'dir') {
          return ctx.report({ messageId: 'symlink', pointer, severity: 'warning', data: { value, target: root.target } });
        }
        return ctx.report({
          messageId: 'symlinkBroken',
          pointer,
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
