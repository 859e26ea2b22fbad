// --host-specific: the source of a bind mount must exist on the machine that runs the bundle, and
// be of a kind that can be bound onto what the destination is in the rootfs. runc 1.1.5 and crun
// 1.8.1 both fail at create when a directory is bound onto a file or a file onto a directory
// (runc "mount /etc/hostname:/etc (via /proc/self/fd/6) ...: not a directory", crun "mount
// `/etc/hostname` to `etc`: Not a directory"; runtime oracle), symlinks in the destination
// followed inside the rootfs. A destination at or below an earlier mount's lands on that mount and
// is not judged; a missing one is created as the kind the source needs.
import { defineRule, specUrl } from './api.js';
import { cleanPosix, isBind, MountPoints, mountEntries, type MountEntry } from './util/mounts.js';
import { absent, hostPath } from './util/host.js';
import { fileTypeName } from '../model/file-type.js';

export default defineRule({
  meta: {
    id: 'host-bind-source',
    description: 'The source of every bind mount exists on this host, and is a directory exactly when its destination is.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configMounts'), level: 'MUST' },
    platforms: ['linux'],
    hostSpecific: true,
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    runtimes: { kindMismatch: { runc: 'refuses', crun: 'refuses' } },
    messages: {
      missing: 'mounts[{{index}}].source "{{value}}" does not exist on this host{{where}}; the bind mount will fail.',
      notDir: 'mounts[{{index}}].source "{{value}}" cannot exist on this host: a component of its path{{where}} is not a directory.',
      kindMismatch: 'mounts[{{index}}] binds the {{sourceType}} "{{value}}" onto {{at}}, which is a {{destType}} in the rootfs; a directory binds only onto a directory and a file only onto a non-directory, so runc and crun fail with "not a directory".',
    },
  },
  check(ctx) {
    const host = ctx.host;
    if (!host) return;
    const rootfs = ctx.rootfs;
    // Destinations of the mounts before the one being judged: what lands on them is not the rootfs.
    const earlier = new MountPoints();
    for (const m of mountEntries(ctx.array('/mounts'))) {
      const dest = m.destination === undefined || m.destination.includes('\0') ? undefined : cleanPosix(m.destination);
      if (isBind(m) || m.type === 'bind') judge(m, dest);
      if (dest !== undefined) earlier.add(dest);
    }

    function judge(m: MountEntry, dest: string | undefined): void {
      if (m.source === undefined || m.source === '') return;
      const pointer = `${m.pointer}/source`;
      if (!ctx.isValid(pointer)) return;
      const abs = hostPath(host!, m.source);
      if (abs === undefined) return; // a relative source in an archive or on stdin: no bundle directory here
      const r = host!.stat(abs);
      if (!r.ok) {
        if (absent(r)) ctx.report({ messageId: r.reason === 'missing' ? 'missing' : 'notDir', pointer, data: { index: m.index, value: m.source, where: abs === m.source ? '' : ` (${abs})` } });
        return;
      }
      if (!rootfs || dest === undefined || dest === '/' || earlier.covers(dest) || !ctx.isValid(`${m.pointer}/destination`)) return;
      const d = rootfs.resolve(dest);
      if (!d.ok || earlier.covers(d.path) || (r.stat.type === 'dir') === (d.stat.type === 'dir')) return;
      ctx.report({
        messageId: 'kindMismatch',
        pointer: `${m.pointer}/destination`,
        rootfsPath: d.path,
        data: { index: m.index, value: m.source, sourceType: fileTypeName(r.stat.type), at: d.path, destType: fileTypeName(d.stat.type) },
        related: [{ message: 'the source', pointer }],
      });
    }
  },
});
