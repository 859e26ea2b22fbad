import { defineRule } from './api.js';
import { DEFAULT_READONLY_PATHS } from './data/default-masked-paths.js';
import { missingAt } from '../model/places.js';

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
      none: {
        headline: 'linux.readonlyPaths is {{state}}',
        detail: '/proc/sys, /proc/sysrq-trigger and other host-wide kernel knobs are writable by the container\'s root, which can change kernel settings for the whole host or crash it.',
        help: 'List /proc/bus, /proc/fs, /proc/irq, /proc/sys and /proc/sysrq-trigger in linux.readonlyPaths.',
      },
      missing: {
        headline: 'linux.readonlyPaths does not contain {{paths}}',
        detail: 'These host-wide kernel knobs are writable by the container\'s root.',
        help: 'Add them to linux.readonlyPaths (or mask them in linux.maskedPaths).',
      },
    },
  },
  // Runs whether or not linux.readonlyPaths is there: its absence is the finding.
  check(ctx) {
    if (!ctx.valid(ctx.config, 'linux', 'readonlyPaths')) return;
    const linux = ctx.config.linux;
    const ro = linux?.readonlyPaths;
    if (!ro || ro.length === 0) {
      const at = ro ? { node: linux!, key: 'readonlyPaths' as const } : missingAt(ctx, ['linux', 'readonlyPaths']);
      return ctx.report({ messageId: 'none', ...at, data: { state: ro ? 'empty' : 'not set' } });
    }
    const covered = new Set([...ro, ...(linux!.maskedPaths ?? [])].filter((p): p is string => p !== undefined).map((p) => p.replace(/\/+$/, '')));
    const missing = DEFAULT_READONLY_PATHS.filter((p) => !covered.has(p));
    if (missing.length > 0) ctx.report({ messageId: 'missing', node: linux!, key: 'readonlyPaths', data: { paths: missing.map((p) => `"${p}"`).join(', ') } });
  },
});
