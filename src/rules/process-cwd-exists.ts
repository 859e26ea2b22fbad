import { defineRule, specUrl } from './api.js';
import { fileTypeName } from '../model/file-type.js';
import { cleanPath, mountPointsOf } from './util/process.js';

// Where process.cwd leads inside the rootfs (checked with runc 1.1.5 and crun 1.8.1):
// - a missing directory is created by both before the process starts, even with a read-only
//   root, so that is only worth an info;
// - a regular file (or a path through one) makes both fail: runc "mkdir /bin/app: not a
//   directory", crun "chdir `/bin/app`: Not a directory";
// - a dangling symlink makes both fail: runc "mkdir /lnk: file exists", crun "chdir `/lnk`: No
//   such file or directory";
// - a symlink to a directory is followed inside the rootfs, and is fine.
// A cwd at or under a mount destination is supplied by that mount and not judged.
export default defineRule({
  meta: {
    id: 'process-cwd-exists',
    description: 'process.cwd must not lead to a non-directory in the rootfs.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configProcess'), level: 'MUST' },
    platforms: ['linux', 'solaris', 'vm', 'zos', 'freebsd'],
    needsRootfs: true,
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    runtimes: {
      notDir: { runc: 'refuses', crun: 'refuses' },
      dangling: { runc: 'refuses', crun: 'refuses' },
      loop: { runc: 'refuses', crun: 'refuses' },
      missing: { runc: 'accepts', crun: 'accepts' },
    },
    messages: {
      notDir: 'process.cwd "{{value}}" leads to {{at}}, which is a {{type}}, not a directory; runc and crun cannot enter it.',
      dangling: 'process.cwd "{{value}}" goes through the symlink {{link}}, whose target does not exist; runc and crun fail to create or enter it.',
      loop: 'process.cwd "{{value}}" cannot be resolved in the rootfs: too many levels of symlinks.',
      missing: 'process.cwd "{{value}}" does not exist in the rootfs; runc and crun create it when the container starts.',
    },
  },
  check(ctx) {
    const value = ctx.string('/process/cwd');
    const rootfs = ctx.rootfs;
    if (!value || !rootfs || !value.startsWith('/') || !ctx.isValid('/process/cwd')) return;
    const pointer = '/process/cwd';
    const path = cleanPath(value);
    const mounts = mountPointsOf(ctx.array('/mounts'));
    if (mounts.covers(path)) return;
    const r = rootfs.resolve(path);
    if (r.ok) {
      if (r.stat.type === 'dir' || mounts.covers(r.path)) return;
      return ctx.report({ messageId: 'notDir', pointer, rootfsPath: r.path, data: { value, at: r.path, type: fileTypeName(r.stat.type) } });
    }
    switch (r.reason) {
      case 'loop':
      case 'too-deep':
        return ctx.report({ messageId: 'loop', pointer, rootfsPath: path, data: { value } });
      case 'not-dir': {
        const st = rootfs.lstat(r.at);
        return ctx.report({ messageId: 'notDir', pointer, rootfsPath: r.at, data: { value, at: r.at, type: fileTypeName(st?.type ?? 'file') } });
      }
      case 'missing': {
        const link = r.via[r.via.length - 1];
        if (link !== undefined && !rootfs.resolve(link).ok) {
          return ctx.report({ messageId: 'dangling', pointer, rootfsPath: link, data: { value, link } });
        }
        return ctx.report({ messageId: 'missing', pointer, severity: 'info', rootfsPath: path, data: { value } });
      }
    }
  },
});
