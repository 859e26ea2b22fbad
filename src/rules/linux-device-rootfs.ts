import { defineRule, isObject, ptr, specUrl } from './api.js';
import type { FileType } from '../bundle/rootfs.js';
import { fileTypeName } from '../model/file-type.js';
import { cleanPath, mountPointsOf } from './util/process.js';

// config-linux.md "Devices": if a file that does not match the requested device already exists at
// `path`, the runtime MUST generate an error. runc 1.1.5 and crun 1.8.1 do not: they keep the
// existing file and start the container without the device (verified with a regular file at
// /dev/mynull). Usually /dev is a tmpfs mount that hides the image's /dev, so only paths that are
// not under a mount destination are judged. The rootfs view has no device numbers, so a node of
// the right kind is accepted as is.
const KIND: Record<string, FileType> = { c: 'char', u: 'char', b: 'block', p: 'fifo' };

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
    runtimes: { mismatch: { runc: 'accepts', crun: 'accepts' } },
    messages: {
      mismatch: 'linux.devices[{{index}}].path "{{path}}" is already a {{found}} in the rootfs, not a {{wanted}}; runc and crun keep the existing file and the container gets no device.',
    },
  },
  check(ctx) {
    const rootfs = ctx.rootfs;
    if (!rootfs) return;
    // A device under a mount destination is made on the mount, not in the rootfs.
    const mounts = mountPointsOf(ctx.array('/mounts'));
    (ctx.array('/linux/devices') ?? []).forEach((d, index) => {
      if (!isObject(d) || typeof d['path'] !== 'string' || typeof d['type'] !== 'string') return;
      const wanted = KIND[d['type']];
      if (!wanted || !d['path'].startsWith('/')) return;
      const path = cleanPath(d['path']);
      if (mounts.covers(path)) return;
      const r = rootfs.resolve(path, false);
      if (!r.ok || r.stat.type === wanted) return;
      ctx.report({
        messageId: 'mismatch',
        pointer: ptr('linux', 'devices', index, 'path'),
        rootfsPath: r.path,
        data: { index, path: d['path'], found: fileTypeName(r.stat.type), wanted: fileTypeName(wanted) },
      });
    });
  },
});

