import { defineRule, specUrl } from './api.js';
import { mounts } from '../model/mounts.js';

// config.md "Mounts": `type` (and the idmapping fields) belong to the POSIX-platform mount
// structure; a Windows mount is a host directory mapped into the container, with `ro` as the one
// option runtimes must support. A type on a Windows mount is ignored, which usually means the
// mount was copied from a Linux config.
export default defineRule({
  meta: {
    id: 'windows-mount-type',
    description: 'Windows mounts should not set type, which only POSIX platforms define.',
    category: 'spec',
    defaultSeverity: 'warning',
    spec: { url: specUrl('config.md', 'configPOSIXMounts'), level: 'MAY' },
    platforms: ['windows'],
    messages: {
      type: {
        headline: 'mounts[{{index}}].type "{{value}}" is set on a Windows mount',
        detail: 'type is defined only for POSIX platforms, and a Windows runtime ignores it; the mount was probably copied from a Linux config.',
        help: 'Remove type from the mount.',
      },
    },
  },
  reads: ['mounts'],
  check(ctx) {
    const posix = ['linux', 'solaris', 'vm', 'zos', 'freebsd'] as const;
    if (posix.some((p) => ctx.platforms.has(p))) return;
    for (const m of mounts(ctx)) {
      if (m.type === undefined) continue;
      ctx.report({ messageId: 'type', node: m.node, key: 'type', data: { index: m.index, value: m.type } });
    }
  },
});
