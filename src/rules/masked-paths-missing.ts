import { defineRule, type Fixer } from './api.js';
import { addToList } from './util/fixes.js';
import { REQUIRED_MASKED_PATHS } from './data/default-masked-paths.js';
import { missingAt } from '../model/places.js';

// The engines hide a fixed set of /proc and /sys files that expose host kernel state (kcore is the
// host's memory image, keys its keyrings, timer_list and sched_debug leak kernel addresses and
// host processes). A path an engine chose to make read-only instead (Podman and CRI-O do that for
// /proc/asound) is accepted.
export default defineRule({
  meta: {
    id: 'masked-paths-missing',
    description: 'linux.maskedPaths should contain the paths every engine masks by default (/proc/kcore, /proc/keys, /sys/firmware, ...).',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 'medium',
    platforms: ['linux'],
    suggests: 'adding the paths every engine masks.',
    messages: {
      none: {
        headline: 'linux.maskedPaths is {{state}}',
        detail: 'Host kernel files such as /proc/kcore (the host\'s memory image), /proc/keys and /sys/firmware are visible in the container.',
        help: 'Add the paths every engine masks by default to linux.maskedPaths, /proc/kcore, /proc/keys and /sys/firmware among them.',
      },
      missing: {
        headline: 'linux.maskedPaths does not contain {{paths}}',
        detail: 'These host kernel files are visible in the container.',
        help: 'Add them to linux.maskedPaths.',
      },
    },
  },
  // Runs whether or not linux.maskedPaths is there: its absence is the finding.
  check(ctx) {
    if (!ctx.valid(ctx.config, 'linux', 'maskedPaths')) return;
    const linux = ctx.config.linux;
    const masked = linux?.maskedPaths;
    if (!masked || masked.length === 0) {
      const at = masked ? { node: linux!, key: 'maskedPaths' as const } : missingAt(ctx, ['linux', 'maskedPaths']);
      const edit = addToList(ctx, masked, ['linux', 'maskedPaths'], REQUIRED_MASKED_PATHS, 'start');
      return ctx.report({ messageId: 'none', ...at, data: { state: masked ? 'empty' : 'not set' }, suggestions: edit ? [{ title: 'Mask the paths every engine masks', edit }] : [] });
    }
    const covered = new Set([...masked, ...(linux!.readonlyPaths ?? [])].filter((p): p is string => p !== undefined).map((p) => p.replace(/\/+$/, '')));
    const missing = REQUIRED_MASKED_PATHS.filter((p) => !covered.has(p));
    if (missing.length > 0) {
      const suggestions = [{ title: `Add ${missing.length === 1 ? missing[0] : `the ${missing.length} paths`} to linux.maskedPaths`, edit: (f: Fixer) => f.insertItems(masked, masked.length, missing) }];
      ctx.report({ messageId: 'missing', node: linux!, key: 'maskedPaths', data: { paths: missing.map((p) => `"${p}"`).join(', ') }, suggestions });
    }
  },
});
