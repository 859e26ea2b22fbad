import { defineRule } from './api.js';
import { cleanPosix, isBind, MountPoints, mountEntries, type MountEntry } from './util/mounts.js';
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
    runtimes: {
      notDir: { runc: 'refuses', crun: 'refuses' },
      through: { runc: 'refuses', crun: 'refuses' },
      dangling: { runc: 'accepts', crun: 'refuses' },
    },
    messages: {
      notDir: 'mounts[{{index}}] ({{type}}) lands on {{at}}, which is a {{found}} in the rootfs; only a bind mount can be mounted on a file, and runc and crun fail with "not a directory".',
      through: 'mounts[{{index}}].destination "{{value}}" leads through {{at}}, which is a {{found}} in the rootfs; runc and crun cannot create the mount point below it.',
      dangling: 'mounts[{{index}}].destination "{{value}}" is a symlink in the rootfs to {{target}}, which does not exist; crun refuses it, runc creates the target.',
    },
  },
  check(ctx) {
    const rootfs = ctx.rootfs;
    if (!rootfs) return;
    // Destinations of the mounts before the one being judged: what lands on them is not the rootfs.
    const earlier = new MountPoints();
    // Many destinations share a parent (thousands under one missing /mnt): resolve each parent once.
    const parents = new Map<string, Resolution>();
    for (const m of mountEntries(ctx.array('/mounts'))) {
      const value = m.destination;
      if (value === undefined || value.includes('\0')) continue;
      const dest = cleanPosix(value);
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
      const pointer = `${m.pointer}/destination`;
      if (!ctx.isValid(pointer)) return;
      const data = { index: m.index, value };
      // A parent that is a file: the mount point cannot be made below it.
      if (up.ok && up.stat.type !== 'dir') {
        if (!earlier.covers(up.path)) ctx.report({ messageId: 'through', pointer, rootfsPath: up.path, data: { ...data, at: up.path, found: fileTypeName(up.stat.type) } });
        return;
      }
      const r = rootfs!.resolve(dest);
      if (r.ok) {
        if (r.stat.type === 'dir' || isBind(m) || earlier.covers(r.path)) return;
        ctx.report({ messageId: 'notDir', pointer, rootfsPath: r.path, data: { ...data, type: m.type ?? 'no type', at: r.path, found: fileTypeName(r.stat.type) } });
      } else if (r.reason === 'not-dir' && !earlier.covers(r.at)) {
        ctx.report({ messageId: 'through', pointer, rootfsPath: r.at, data: { ...data, at: r.at, found: fileTypeName(rootfs!.lstat(r.at)?.type) } });
      } else if (r.reason === 'missing' && rootfs!.lstat(dest)?.type === 'symlink' && !earlier.covers(r.at)) {
        ctx.report({ messageId: 'dangling', pointer, severity: 'warning', rootfsPath: dest, data: { ...data, target: r.at } });
      }
    }
  },
});
