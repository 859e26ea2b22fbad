import type { Rootfs } from '../bundle/rootfs.js';
import { defineRule, specUrl } from './api.js';
import { fileTypeName } from './util/file-type.js';
import type { MountPoints } from './util/mounts.js';
import { cleanPath, mountPointsOf } from './util/process.js';

// The runtime execs args[0] inside the container after pivoting into the rootfs, looking it up the
// way execvp does: a name with a slash is taken as a path (relative to process.cwd), a bare name
// is searched along PATH from process.env. Without a PATH, runc 1.1.5 and crun 1.8.1 search
// nothing (checked with the runtime oracle), unlike glibc's execvp, which has a default. runc fails with `exec: "x": executable file not found
// in $PATH` or `permission denied`; crun with "executable file `x` not found in $PATH". A path
// under a mount destination may be supplied by that mount, so it is not judged from the rootfs.

const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

type Verdict =
  | { kind: 'ok' }
  | { kind: 'mounted' }
  | { kind: 'missing' | 'loop' }
  | { kind: 'not-regular'; type: string; path: string }
  | { kind: 'not-executable'; path: string; mode: string };

export default defineRule({
  meta: {
    id: 'process-args-executable',
    description: 'process.args[0] must name an executable regular file in the rootfs.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configProcess'), level: 'MUST' },
    platforms: ['linux', 'solaris', 'vm', 'zos', 'freebsd'],
    needsRootfs: true,
    // crun looks the program up only at start, runc already at create; both fail.
    runtimes: {
      missing: { runc: 'refuses', crun: 'refuses' },
      loop: { runc: 'refuses', crun: 'refuses' },
      notRegular: { runc: 'refuses', crun: 'refuses' },
      notExecutable: { runc: 'refuses', crun: 'refuses' },
      noPath: { runc: 'refuses', crun: 'refuses' },
    },
    messages: {
      missing: 'process.args[0] "{{value}}" does not exist in the rootfs{{where}}.',
      loop: 'process.args[0] "{{value}}" cannot be resolved in the rootfs: too many levels of symlinks.',
      notRegular: 'process.args[0] "{{value}}" resolves to {{path}}, which is a {{type}}, not a regular file.',
      notExecutable: 'process.args[0] "{{value}}" resolves to {{path}}, which has no execute bit (mode {{mode}}).',
      noPath: 'process.args[0] "{{value}}" has no slash and process.env sets no PATH, so runc and crun search nothing and fail (the program is at {{path}}).',
    },
  },
  check(ctx) {
    const value = ctx.string('/process/args/0');
    const rootfs = ctx.rootfs;
    if (!value || !rootfs) return;
    const cwd = ctx.string('/process/cwd') ?? '/';
    const mounts = mountPointsOf(ctx.array('/mounts'));
    const pointer = '/process/args/0';

    if (value.includes('/')) {
      const path = cleanPath(value.startsWith('/') ? value : `${cwd}/${value}`);
      const v = judge(rootfs, path, mounts);
      return reportVerdict(v, path);
    }

    const env = ctx.array('/process/env') ?? [];
    let pathVar: string | undefined;
    for (const e of env) if (typeof e === 'string' && e.startsWith('PATH=')) pathVar = e.slice(5);
    const searched = pathVar ?? DEFAULT_PATH;
    let firstBad: Verdict | undefined;
    let firstBadPath = '';
    for (const dir of searched.split(':')) {
      const base = dir === '' ? cwd : dir.startsWith('/') ? dir : `${cwd}/${dir}`;
      const path = cleanPath(`${base}/${value}`);
      const v = judge(rootfs, path, mounts);
      if (v.kind === 'ok' || v.kind === 'mounted') {
        if (pathVar === undefined && v.kind === 'ok') {
          ctx.report({ messageId: 'noPath', pointer, data: { value, path }, rootfsPath: path });
        }
        return;
      }
      if (!firstBad && (v.kind === 'not-regular' || v.kind === 'not-executable')) {
        firstBad = v;
        firstBadPath = path;
      }
    }
    if (firstBad) return reportVerdict(firstBad, firstBadPath);
    const dirs = searched.split(':').map((d) => d || '.');
    ctx.report({
      messageId: 'missing',
      pointer,
      data: { value, where: pathVar === undefined ? ' (process.env sets no PATH to search)' : ` (searched PATH ${dirs.join(':')})` },
    });

    function reportVerdict(v: Verdict, path: string): void {
      switch (v.kind) {
        case 'ok':
        case 'mounted':
          return;
        case 'missing':
          return ctx.report({ messageId: 'missing', pointer, data: { value: value!, where: path === value ? '' : ` (looked for ${path})` }, rootfsPath: path });
        case 'loop':
          return ctx.report({ messageId: 'loop', pointer, data: { value: value! }, rootfsPath: path });
        case 'not-regular':
          return ctx.report({ messageId: 'notRegular', pointer, data: { value: value!, path: v.path, type: v.type }, rootfsPath: path });
        case 'not-executable':
          return ctx.report({ messageId: 'notExecutable', pointer, data: { value: value!, path: v.path, mode: v.mode }, rootfsPath: path });
      }
    }
  },
});

function judge(rootfs: Rootfs, path: string, mounts: MountPoints): Verdict {
  if (mounts.covers(path)) return { kind: 'mounted' };
  const r = rootfs.resolve(path);
  if (!r.ok) return { kind: r.reason === 'loop' || r.reason === 'too-deep' ? 'loop' : 'missing' };
  // The link may lead under a mount too.
  if (mounts.covers(r.path)) return { kind: 'mounted' };
  if (r.stat.type !== 'file') return { kind: 'not-regular', type: fileTypeName(r.stat.type), path: r.path };
  if ((r.stat.mode & 0o111) === 0) return { kind: 'not-executable', path: r.path, mode: '0' + (r.stat.mode & 0o7777).toString(8).padStart(3, '0') };
  return { kind: 'ok' };
}

