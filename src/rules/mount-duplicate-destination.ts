import { defineRule } from './api.js';
import { isBind, mounts, type MountEntry } from '../model/mounts.js';
import { cleanPath, isWindowsAbsolute } from '../model/paths.js';

// config.md "Mounts": mounts are applied in order, so a second mount on the same destination
// hides the first. runc and crun both accept it; it is nearly always a merge mistake (a volume
// and a default mount for the same path), so it is a warning pointing at the earlier one. Except
// where the filesystem has one instance per namespace: a second sysfs on the first, or a second
// mqueue on the first, is the same superblock mounted on itself, which the kernel refuses (EBUSY),
// and runc 1.1.5 and crun 1.8.1 fail at create (runtime oracle; proc, devpts, tmpfs and binds
// mounted twice are accepted).
const ONE_PER_NAMESPACE = new Set(['sysfs', 'mqueue']);
export default defineRule({
  meta: {
    id: 'mount-duplicate-destination',
    description: 'Two mounts should not share a destination, since the later one hides the earlier.',
    category: 'best-practice',
    defaultSeverity: 'warning',
    messages: {
      duplicate: {
        headline: 'mounts[{{index}}].destination "{{value}}" repeats mounts[{{first}}]',
        detail: 'Mounts are made in order, so the later mount hides the earlier one. runc and crun accept it, but it is nearly always a merge mistake, such as a volume and a default mount for the same path.',
        help: 'Keep one mount per destination.',
      },
      sameInstance: {
        headline: 'mounts[{{index}}] mounts {{type}} on mounts[{{first}}], the same {{type}} at "{{value}}"',
        detail: 'A {{type}} filesystem has one instance per namespace, so this mounts it on itself, which the kernel refuses ("device or resource busy"): runc 1.1.5 and crun 1.8.1 fail at create.',
        help: 'Keep one mount per destination.',
        severity: 'error',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
    },
  },
  reads: ['mounts'],
  check(ctx) {
    const windows = ctx.platforms.has('windows');
    const seen = new Map<string, MountEntry>();
    for (const m of mounts(ctx)) {
      if (m.destination === undefined || m.destination === '' || !ctx.valid(m.node, 'destination')) continue;
      const key = windows && isWindowsAbsolute(m.destination)
        ? m.destination.toLowerCase().replace(/\//g, '\\').replace(/\\+$/, '')
        : cleanPath(m.destination);
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, m);
        continue;
      }
      const same = m.type !== undefined && m.type === first.type && ONE_PER_NAMESPACE.has(m.type) && !isBind(m) && !isBind(first);
      ctx.report({
        messageId: same ? 'sameInstance' : 'duplicate',
        node: m.node,
        key: 'destination',
        data: { index: m.index, value: m.destination, first: first.index, type: m.type ?? '' },
        related: [{ message: 'first mounted here', node: first.node, key: 'destination' }],
      });
    }
  },
});
