import { defineRule } from './api.js';
import { isBind, MountPoints, mounts, type MountEntry } from '../model/mounts.js';
import { cleanPath } from '../model/paths.js';
import type { Resolution } from '../bundle/rootfs.js';
import { fileTypeName } from '../model/file-type.js';

// Where a mount lands in the rootfs (checked with runc 1.1.5 and crun 1.8.1 through the runtime
// oracle). Both resolve the destination inside the rootfs, following symlinks, and create what is
// missing. Both fail at create when:
// - a component on the way is a regular file or another non-directory: runc "mkdir
//   …/bin/hello: not a directory", crun "mkdir `/bin/hello/x`: Not a directory" (bind mounts too);
// - a mount that is not a bind mount lands on a non-directory (a tmpfs on /bin/hello, proc on a
//   /proc that is a file): runc "not a directory" (for proc: "must be mounted on ordinary
//   directory"), crun "Not a directory". A bind mount of a file onto a file is fine, and whether
//   the source is a file is known only on the host, so a bind mount's own mount point is not judged.
// A destination whose last component is a symlink to nowhere is refused by crun ("openat2
// `bin/lnk`: No such file or directory") and created by runc. A destination at or below an
// earlier mount's lands on that mount, not in the rootfs, and is not judged.
export default defineRule({
  meta: {
    id: 'mount-destination-type',
    description: 'A mount destination must not lead through a file in the rootfs, and only a bind mount may land on a file.',
    category: 'runtime',
    defaultSeverity: 'error',
    platforms: ['linux'],
    needsRootfs: true,
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    messages: {
      notDir: {
        headline: 'mounts[{{index}}] ({{type}}) lands on {{at}}, a {{found}} in the rootfs',
        detail: 'Only a bind mount can be mounted on a file: runc 1.1.5 and crun 1.8.1 fail at create with "not a directory".',
        help: 'Choose a destination that is a directory in the rootfs, or one that does not exist yet (the runtime creates it).',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      through: {
        headline: 'mounts[{{index}}].destination "{{value}}" leads through {{at}}, a {{found}}',
        detail: '{{at}} is a {{found}} in the rootfs: runc 1.1.5 and crun 1.8.1 cannot create the mount point below it, and fail at create with "not a directory".',
        help: 'Choose a destination whose parents are directories in the rootfs.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      dangling: {
        headline: 'mounts[{{index}}].destination "{{value}}" is a dangling symlink to {{target}}',
        detail: 'The symlink is in the rootfs and its target does not exist: crun 1.8.1 refuses the mount ("No such file or directory"); runc 1.1.5 creates the target.',
        help: 'Point the symlink at an existing directory, or mount somewhere else.',
        severity: 'warning',
        runtimes: { runc: 'accepts', crun: 'refuses' },
      },
    },
  },
  reads: ['mounts'],
  check(ctx) {
    const rootfs = ctx.rootfs;
    if (!rootfs) return;
    // Destinations of the mounts before the one being judged: what lands on them is not the rootfs.
    const earlier = new MountPoints();
    // Many destinations share a parent (thousands under one missing /mnt): resolve each parent once.
    const parents = new Map<string, Resolution>();
    for (const m of mounts(ctx)) {
      const value = m.destination;
      if (value === undefined || value.includes('\0')) continue;
      const dest = cleanPath(value);
      if (dest === '/') continue;
      const parent = dest.slice(0, dest.lastIndexOf('/')) || '/';
      let up = parents.get(parent);
      if (!up) parents.set(parent, (up = rootfs.resolve(parent)));
      // A missing parent is created, and so is everything below it; nothing below this
      // destination exists in the rootfs either, so it need not be remembered as a mount.
      if (!up.ok && up.reason === 'missing') continue;
      if (!earlier.covers(dest)) judge(m, value, dest, up);
      earlier.add(dest);
    }

    function judge(m: MountEntry, value: string, dest: string, up: Resolution): void {
      if (!ctx.valid(m.node, 'destination')) return;
      const place = { node: m.node, key: 'destination' } as const;
      const data = { index: m.index, value };
      // A parent that is a file: the mount point cannot be made below it.
      if (up.ok && up.stat.type !== 'dir') {
        if (!earlier.covers(up.path)) ctx.report({ messageId: 'through', ...place, rootfsPath: up.path, data: { ...data, at: up.path, found: fileTypeName(up.stat.type) } });
        return;
      }
      const r = rootfs!.resolve(dest);
      if (r.ok) {
        if (r.stat.type === 'dir' || isBind(m) || earlier.covers(r.path)) return;
        ctx.report({ messageId: 'notDir', ...place, rootfsPath: r.path, data: { ...data, type: m.type ?? 'no type', at: r.path, found: fileTypeName(r.stat.type) } });
      } else if (r.reason === 'not-dir' && !earlier.covers(r.at)) {
        ctx.report({ messageId: 'through', ...place, rootfsPath: r.at, data: { ...data, at: r.at, found: fileTypeName(rootfs!.lstat(r.at)?.type) } });
      } else if (r.reason === 'missing' && rootfs!.lstat(dest)?.type === 'symlink' && !earlier.covers(r.at)) {
        ctx.report({ messageId: 'dangling', ...place, rootfsPath: dest, data: { ...data, target: r.at } });
      }
    }
  },
});
