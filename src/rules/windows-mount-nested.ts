import { defineRule, specUrl } from './api.js';
import { mounts as mountsOf } from '../model/mounts.js';
import { isWindowsAbsolute } from '../model/paths.js';

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
      nested: {
        headline: 'mounts[{{index}}].destination "{{value}}" is inside mounts[{{outer}}] "{{outerValue}}"',
        detail: 'On Windows the spec forbids nesting one mount destination in another; paths compare case-insensitively, with either slash.',
        help: 'Give each mount a destination outside the others.',
      },
    },
  },
  reads: ['mounts'],
  check(ctx) {
    const norm = (p: string): string => p.replace(/\//g, '\\').replace(/\\+$/, '').toLowerCase();
    const mounts = mountsOf(ctx).filter((m) => m.destination !== undefined && isWindowsAbsolute(m.destination));
    for (const inner of mounts) {
      const a = norm(inner.destination!);
      const outer = mounts.find((o) => o !== inner && a.startsWith(norm(o.destination!) + '\\'));
      if (!outer) continue;
      ctx.report({
        messageId: 'nested',
        node: inner.node,
        key: 'destination',
        data: { index: inner.index, value: inner.destination!, outer: outer.index, outerValue: outer.destination! },
        related: [{ message: 'the enclosing mount', node: outer.node, key: 'destination' }],
      });
    }
  },
});
