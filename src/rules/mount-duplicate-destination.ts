import { defineRule, ptr } from './api.js';
import { cleanPosix, isWindowsAbsolute, mountEntries } from './util/mounts.js';

// config.md "Mounts": mounts are applied in order, so a second mount on the same destination
// hides the first. runc and crun both accept it; it is nearly always a merge mistake (a volume
// and a default mount for the same path), so it is a warning pointing at the earlier one.
export default defineRule({
  meta: {
    id: 'mount-duplicate-destination',
    description: 'Two mounts should not share a destination, since the later one hides the earlier.',
    category: 'best-practice',
    defaultSeverity: 'warning',
    messages: {
      duplicate: 'mounts[{{index}}].destination "{{value}}" repeats mounts[{{first}}]; the later mount hides the earlier one.',
    },
  },
  check(ctx) {
    const windows = ctx.platforms.has('windows');
    const seen = new Map<string, number>();
    for (const m of mountEntries(ctx.array('/mounts'))) {
      const pointer = `${m.pointer}/destination`;
      if (m.destination === undefined || m.destination === '' || !ctx.isValid(pointer)) continue;
      const key = windows && isWindowsAbsolute(m.destination)
        ? m.destination.toLowerCase().replace(/\//g, '\\').replace(/\\+$/, '')
        : cleanPosix(m.destination);
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, m.index);
        continue;
      }
      ctx.report({
        messageId: 'duplicate',
        pointer,
        data: { index: m.index, value: m.destination, first },
        related: [{ message: 'first mounted here', pointer: ptr('mounts', first, 'destination') }],
      });
    }
  },
});
