import { defineRule, specUrl } from './api.js';
import { deviceFileType, devices } from '../model/devices.js';

import { fileTypeName } from '../model/file-type.js';
import { mountPoints } from '../model/mounts.js';
import { lookupPath } from '../model/paths.js';

// config-linux.md "Devices": if a file that does not match the requested device already exists at
// `path`, the runtime MUST generate an error. runc 1.1.5 and crun 1.8.1 do not: they keep the
// existing file and start the container without the device (verified with a regular file at
// /dev/mynull). Usually /dev is a tmpfs mount that hides the image's /dev, so only paths that are
// not under a mount destination are judged. The rootfs view has no device numbers, so a node of
// the right kind is accepted as is.

export default defineRule({
  meta: {
    id: 'linux-device-rootfs',
    description: 'A device path must not already hold a different kind of file in the rootfs.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxDevices'), level: 'MUST' },
    platforms: ['linux'],
    needsRootfs: true,
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    messages: {
      mismatch: {
        headline: 'linux.devices[{{index}}].path "{{path}}" is a {{found}} in the rootfs, not a {{wanted}}',
        detail: 'The spec requires the runtime to fail when a file of another kind is at a device\'s path; runc 1.1.5 and crun 1.8.1 keep the existing file instead, and the container gets no device there.',
        help: 'Remove the file from the rootfs, or hide it under a mount (as a tmpfs on /dev does).',
        runtimes: { runc: 'accepts', crun: 'accepts' },
      },
    },
  },
  reads: ['linux.devices'],
  check(ctx) {
    const rootfs = ctx.rootfs;
    if (!rootfs) return;
    // A device under a mount destination is made on the mount, not in the rootfs.
    const mounts = mountPoints(ctx);
    for (const d of devices(ctx)) {
      if (d.path === undefined || d.type === undefined) continue;
      const wanted = deviceFileType(d.type);
      if (!wanted || !d.path.startsWith('/')) continue;
      const path = lookupPath(d.path);
      if (mounts.covers(path)) continue;
      const r = rootfs.resolve(path, false);
      if (!r.ok || r.stat.type === wanted) continue;
      ctx.report({
        messageId: 'mismatch',
        node: d.node,
        key: 'path',
        rootfsPath: r.path,
        data: { index: d.index, path: d.path, found: fileTypeName(r.stat.type), wanted: fileTypeName(wanted) },
      });
    }
  },
});
