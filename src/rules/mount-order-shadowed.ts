import { defineRule, specUrl } from './api.js';
import { mounts as mountsOf } from '../model/mounts.js';
import { cleanPath } from '../model/paths.js';

// config.md "Mounts": runtimes mount the entries in the order listed. A mount whose destination
// is a parent of an earlier mount's destination is mounted on top and hides the earlier one
// (a tmpfs on /dev listed after /dev/pts leaves the container without its devpts). runc and
// crun accept the config; the earlier mount simply has no effect. Each earlier mount is checked
// against its own ancestors only, so the rule stays linear in the number of mounts.
export default defineRule({
  meta: {
    id: 'mount-order-shadowed',
    description: 'A mount should not be listed after a mount nested inside it, which it would hide.',
    category: 'best-practice',
    defaultSeverity: 'warning',
    spec: { url: specUrl('config.md', 'configMounts'), level: 'MUST' },
    platforms: ['linux', 'solaris', 'vm', 'zos', 'freebsd'],
    messages: {
      shadowed: {
        headline: 'mounts[{{index}}] "{{value}}" hides the earlier mounts[{{inner}}] "{{innerValue}}"',
        detail: 'Runtimes make the mounts in the order listed, so the later mount on a parent directory covers the earlier one, which then has no effect. runc and crun accept the config.',
        help: 'List the parent mount first.',
      },
    },
  },
  reads: ['mounts'],
  check(ctx) {
    const mounts = mountsOf(ctx).filter((m) => m.destination !== undefined && m.destination !== '');
    const last = new Map<string, number>();
    const paths = mounts.map((m) => cleanPath(m.destination!));
    paths.forEach((p, k) => last.set(p, k));
    const reported = new Set<number>();
    mounts.forEach((inner, k) => {
      const p = paths[k]!;
      // Walk the proper ancestors of this destination, nearest first; "/" is mount-destination-root's.
      for (let cut = p.lastIndexOf('/'); cut > 0; cut = p.lastIndexOf('/', cut - 1)) {
        const j = last.get(p.slice(0, cut));
        if (j === undefined || j <= k || reported.has(k)) continue;
        const outer = mounts[j]!;
        reported.add(k);
        ctx.report({
          messageId: 'shadowed',
          node: outer.node,
          key: 'destination',
          data: { index: outer.index, value: outer.destination!, inner: inner.index, innerValue: inner.destination! },
          related: [{ message: 'the hidden mount', node: inner.node, key: 'destination' }],
        });
      }
    });
  },
});
