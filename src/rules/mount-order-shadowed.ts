import { defineRule, ptr, specUrl } from './api.js';
import { cleanPosix, mountEntries } from './util/mounts.js';

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
      shadowed: 'mounts[{{index}}] at "{{value}}" is listed after mounts[{{inner}}] at "{{innerValue}}" and hides it; list the parent mount first.',
    },
  },
  check(ctx) {
    const mounts = mountEntries(ctx.array('/mounts')).filter((m) => m.destination !== undefined && m.destination !== '');
    const last = new Map<string, number>();
    const paths = mounts.map((m) => cleanPosix(m.destination!));
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
          pointer: ptr('mounts', outer.index, 'destination'),
          data: { index: outer.index, value: outer.destination!, inner: inner.index, innerValue: inner.destination! },
          related: [{ message: 'the hidden mount', pointer: ptr('mounts', inner.index, 'destination') }],
        });
      }
    });
  },
});
