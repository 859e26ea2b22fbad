// --host-specific: the source of a bind mount must exist on the machine that runs the bundle, and
// be of a kind that can be bound onto what the destination is in the rootfs. runc 1.1.5 and crun
// 1.8.1 both fail at create when a directory is bound onto a file or a file onto a directory
// (runc "mount /etc/hostname:/etc (via /proc/self/fd/6) ...: not a directory", crun "mount
// `/etc/hostname` to `etc`: Not a directory"; runtime oracle), symlinks in the destination
// followed inside the rootfs. A destination at or below an earlier mount's lands on that mount and
// is not judged; a missing one is created as the kind the source needs.
import { defineRule, specUrl } from './api.js';
import { isBind, mounts, MountPoints, type MountEntry } from '../model/mounts.js';
import { cleanPath } from '../model/paths.js';
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
    messages: {
      missing: {
        headline: 'mounts[{{index}}].source "{{value}}" does not exist on this host{{where}}',
        detail: 'The bind mount will fail: there is nothing to bind.',
        help: 'Create the source on this host, or correct the path.',
      },
      notDir: {
        headline: 'mounts[{{index}}].source "{{value}}" cannot exist on this host',
        detail: 'A component of its path{{where}} is not a directory.',
        help: 'Correct the path.',
      },
      kindMismatch: {
        headline: 'mounts[{{index}}] binds the {{sourceType}} "{{value}}" onto the {{destType}} {{at}}',
        detail: '{{at}} is a {{destType}} in the rootfs. A directory binds only onto a directory, and a file only onto a non-directory: runc 1.1.5 and crun 1.8.1 fail at create with "not a directory".',
        help: 'Bind the source onto a destination of its own kind, or change what the rootfs has at {{at}}.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
    },
  },
  reads: ['mounts'],
  check(ctx) {
    const host = ctx.host;
    if (!host) return;
    const rootfs = ctx.rootfs;
    // Destinations of the mounts before the one being judged: what lands on them is not the rootfs.
    const earlier = new MountPoints();
    for (const m of mounts(ctx)) {
      const dest = m.destination === undefined || m.destination.includes('\0') ? undefined : cleanPath(m.destination);
      // Only a bind mount binds its source (model/mounts.ts); mount-bind-option reports a mount
      // typed "bind" without the option, which the runtimes do not bind.
      if (isBind(m)) judge(m, dest);
      if (dest !== undefined) earlier.add(dest);
    }

    function judge(m: MountEntry, dest: string | undefined): void {
      if (m.source === undefined || m.source === '') return;
      const source = { node: m.node, key: 'source' } as const;
      if (!ctx.valid(m.node, 'source')) return;
      const abs = hostPath(host!, m.source);
      if (abs === undefined) return; // a relative source in an archive or on stdin: no bundle directory here
      const r = host!.stat(abs);
      if (!r.ok) {
        if (absent(r)) ctx.report({ messageId: r.reason === 'missing' ? 'missing' : 'notDir', ...source, data: { index: m.index, value: m.source, where: abs === m.source ? '' : ` (${abs})` } });
        return;
      }
      if (!rootfs || dest === undefined || dest === '/' || earlier.covers(dest) || !ctx.valid(m.node, 'destination')) return;
      const d = rootfs.resolve(dest);
      if (!d.ok || earlier.covers(d.path) || (r.stat.type === 'dir') === (d.stat.type === 'dir')) return;
      ctx.report({
        messageId: 'kindMismatch',
        node: m.node,
        key: 'destination',
        rootfsPath: d.path,
        data: { index: m.index, value: m.source, sourceType: fileTypeName(r.stat.type), at: d.path, destType: fileTypeName(d.stat.type) },
        related: [{ message: 'the source', ...source }],
      });
    }
  },
});
