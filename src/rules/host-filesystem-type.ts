// --host-specific: a mount's filesystem type is one the host kernel knows.
import { defineRule, specUrl } from './api.js';
import { isBind, mountEntries } from './util/mounts.js';

export default defineRule({
  meta: {
    id: 'host-filesystem-type',
    description: 'The type of every non-bind mount is listed in the host\'s /proc/filesystems.',
    category: 'runtime',
    defaultSeverity: 'warning',
    spec: { url: specUrl('config.md', 'configMounts'), level: 'MUST' },
    platforms: ['linux'],
    hostSpecific: true,
    messages: {
      unknown: 'mounts[{{index}}].type "{{value}}" is not in this host\'s /proc/filesystems; the mount fails unless a kernel module provides it when loaded.',
    },
  },
  check(ctx) {
    const host = ctx.host;
    if (!host) return;
    const mounts = mountEntries(ctx.array('/mounts')).filter((m) => m.type && m.type !== 'none' && m.type !== 'bind' && !isBind(m));
    if (mounts.length === 0) return;
    const text = host.readSmallFile('/proc/filesystems', 64 * 1024);
    if (text === undefined) return;
    // Lines are "nodev\tproc" or "\text4".
    const known = new Set(text.split('\n').map((l) => l.split('\t').pop()!.trim()).filter(Boolean));
    for (const m of mounts) {
      const pointer = `${m.pointer}/type`;
      // "fuse.sshfs": the kernel looks up the part before the dot and keeps the rest as a subtype.
      const base = m.type!.split('.')[0]!;
      if (!ctx.isValid(pointer) || known.has(base)) continue;
      ctx.report({ messageId: 'unknown', pointer, data: { index: m.index, value: m.type! } });
    }
  },
});
