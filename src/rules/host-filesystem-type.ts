// --host-specific: a mount's filesystem type is one the host kernel knows.
import { defineRule, specUrl } from './api.js';
import { isBind, mounts } from '../model/mounts.js';

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
      unknown: {
        headline: 'mounts[{{index}}].type "{{value}}" is not in this host\'s /proc/filesystems',
        detail: 'The mount fails unless a kernel module provides the filesystem when it is loaded.',
        help: 'Use a filesystem type this host knows, or make sure the module that provides it can be loaded.',
      },
    },
  },
  reads: ['mounts'],
  check(ctx) {
    const host = ctx.host;
    if (!host) return;
    const list = mounts(ctx).filter((m) => m.type && m.type !== 'none' && m.type !== 'bind' && !isBind(m));
    if (list.length === 0) return;
    const text = host.readSmallFile('/proc/filesystems', 64 * 1024);
    if (text === undefined) return;
    // Lines are "nodev\tproc" or "\text4".
    const known = new Set(text.split('\n').map((l) => l.split('\t').pop()!.trim()).filter(Boolean));
    for (const m of list) {
      // "fuse.sshfs": the kernel looks up the part before the dot and keeps the rest as a subtype.
      const base = m.type!.split('.')[0]!;
      if (!ctx.valid(m.node, 'type') || known.has(base)) continue;
      ctx.report({ messageId: 'unknown', node: m.node, key: 'type', data: { index: m.index, value: m.type! } });
    }
  },
});
