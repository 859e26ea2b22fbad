import { defineRule, ptr, specUrl } from './api.js';
import { isWindowsAbsolute, mountEntries } from './util/mounts.js';

// config.md "Mounts": on Windows one mount destination MUST NOT be nested within another
// (C:\foo and C:\foo\bar). Paths compare case-insensitively, with either slash.
export default defineRule({
  meta: {
    id: 'windows-mount-nested',
    description: 'On Windows, no mount destination may be nested inside another.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configMounts'), level: 'MUST' },
    platforms: ['windows'],
    messages: {
      nested: 'mounts[{{index}}].destination "{{value}}" is nested inside mounts[{{outer}}].destination "{{outerValue}}"; Windows mounts must not nest.',
    },
  },
  check(ctx) {
    const norm = (p: string): string => p.replace(/\//g, '\\').replace(/\\+$/, '').toLowerCase();
    const mounts = mountEntries(ctx.array('/mounts')).filter((m) => m.destination !== undefined && isWindowsAbsolute(m.destination));
    for (const inner of mounts) {
      const a = norm(inner.destination!);
      const outer = mounts.find((o) => o !== inner && a.startsWith(norm(o.destination!) + '\\'));
      if (!outer) continue;
      ctx.report({
        messageId: 'nested',
        pointer: ptr('mounts', inner.index, 'destination'),
        data: { index: inner.index, value: inner.destination!, outer: outer.index, outerValue: outer.destination! },
        related: [{ message: 'the enclosing mount', pointer: ptr('mounts', outer.index, 'destination') }],
      });
    }
  },
});
