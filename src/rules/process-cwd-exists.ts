import { defineRule, specUrl } from './api.js';
import { fileTypeName } from '../model/file-type.js';
import { mountPoints } from '../model/mounts.js';
import { lookupPath } from '../model/paths.js';

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
    messages: {
      notDir: {
        headline: 'process.cwd "{{value}}" leads to {{at}}, a {{type}}, not a directory',
        detail: 'runc 1.1.5 and crun 1.8.1 cannot enter it, and fail with "not a directory".',
        help: 'Set process.cwd to a directory of the rootfs, or to a path that does not exist yet (the runtime creates it).',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      dangling: {
        headline: 'process.cwd "{{value}}" goes through {{link}}, a dangling symlink',
        detail: 'The symlink\'s target does not exist: runc 1.1.5 and crun 1.8.1 fail to create or enter the directory (runc: "file exists", crun: "No such file or directory").',
        help: 'Fix the symlink in the rootfs, or choose another directory.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      loop: {
        headline: 'process.cwd "{{value}}" cannot be resolved: too many levels of symlinks',
        detail: 'runc 1.1.5 and crun 1.8.1 cannot enter it.',
        help: 'Fix the symlinks on the way to the directory.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      missing: {
        headline: 'process.cwd "{{value}}" does not exist in the rootfs',
        detail: 'runc 1.1.5 and crun 1.8.1 create it when the container starts, even with a read-only root.',
        help: 'Create the directory in the image if the process expects files in it.',
        severity: 'info',
        runtimes: { runc: 'accepts', crun: 'accepts' },
      },
    },
  },
  reads: ['process.cwd'],
  check(ctx) {
    const process = ctx.config.process;
    const value = process?.cwd;
    const rootfs = ctx.rootfs;
    if (process === undefined || !value || !rootfs || !value.startsWith('/') || !ctx.valid(process, 'cwd')) return;
    const place = { node: process, key: 'cwd' } as const;
    const path = lookupPath(value);
    const mounts = mountPoints(ctx);
    if (mounts.covers(path)) return;
    const r = rootfs.resolve(path);
    if (r.ok) {
      if (r.stat.type === 'dir' || mounts.covers(r.path)) return;
      return ctx.report({ messageId: 'notDir', ...place, rootfsPath: r.path, data: { value, at: r.path, type: fileTypeName(r.stat.type) } });
    }
    switch (r.reason) {
      case 'loop':
      case 'too-deep':
        return ctx.report({ messageId: 'loop', ...place, rootfsPath: path, data: { value } });
      case 'not-dir': {
        const st = rootfs.lstat(r.at);
        return ctx.report({ messageId: 'notDir', ...place, rootfsPath: r.at, data: { value, at: r.at, type: fileTypeName(st?.type ?? 'file') } });
      }
      case 'missing': {
        const link = r.via[r.via.length - 1];
        if (link !== undefined && !rootfs.resolve(link).ok) {
          return ctx.report({ messageId: 'dangling', ...place, rootfsPath: link, data: { value, link } });
        }
        return ctx.report({ messageId: 'missing', ...place, rootfsPath: path, data: { value } });
      }
    }
  },
});
