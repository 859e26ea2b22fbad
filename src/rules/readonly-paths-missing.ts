import { defineRule } from './api.js';
import { DEFAULT_READONLY_PATHS } from './data/default-masked-paths.js';
import { quoteList } from './util/security.js';

// /proc/sys, /proc/sysrq-trigger, /proc/irq, /proc/bus and /proc/fs are host-wide knobs; a
// container root that can write them can change kernel settings for the whole host or crash it.
// A path masked instead is accepted.
export default defineRule({
  meta: {
    id: 'readonly-paths-missing',
    description: 'linux.readonlyPaths should contain /proc/bus, /proc/fs, /proc/irq, /proc/sys and /proc/sysrq-trigger.',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 'medium',
    platforms: ['linux'],
    messages: {
      none: 'linux.readonlyPaths is {{state}}: /proc/sys, /proc/sysrq-trigger and other host-wide kernel knobs are writable by the container\'s root.',
      missing: 'linux.readonlyPaths does not contain {{paths}}: these host-wide kernel knobs are writable by the container\'s root.',
    },
  },
  check(ctx) {
    if (!ctx.isValid('/linux/readonlyPaths')) return;
    const ro = ctx.array('/linux/readonlyPaths');
    if (!ro || ro.length === 0) {
      const pointer = ro ? '/linux/readonlyPaths' : ctx.object('/linux') ? '/linux' : '';
      return ctx.report({ messageId: 'none', pointer, ...(pointer === '/linux' && { target: 'key' as const }), data: { state: ro ? 'empty' : 'not set' } });
    }
    const covered = new Set([...ro, ...(ctx.array('/linux/maskedPaths') ?? [])].filter((p): p is string => typeof p === 'string').map((p) => p.replace(/\/+$/, '')));
    const missing = DEFAULT_READONLY_PATHS.filter((p) => !covered.has(p));
    if (missing.length > 0) ctx.report({ messageId: 'missing', pointer: '/linux/readonlyPaths', data: { paths: quoteList(missing) } });
  },
});
