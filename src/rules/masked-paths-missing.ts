import { defineRule } from './api.js';
import { REQUIRED_MASKED_PATHS } from './data/default-masked-paths.js';
import { quoteList } from './util/security.js';

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
    messages: {
      none: 'linux.maskedPaths is {{state}}: host kernel files such as /proc/kcore, /proc/keys and /sys/firmware are visible in the container.',
      missing: 'linux.maskedPaths does not contain {{paths}}: these host kernel files are visible in the container.',
    },
  },
  check(ctx) {
    if (!ctx.isValid('/linux/maskedPaths')) return;
    const masked = ctx.array('/linux/maskedPaths');
    if (!masked || masked.length === 0) {
      const pointer = masked ? '/linux/maskedPaths' : ctx.object('/linux') ? '/linux' : '';
      return ctx.report({ messageId: 'none', pointer, ...(pointer === '/linux' && { target: 'key' as const }), data: { state: masked ? 'empty' : 'not set' } });
    }
    const covered = new Set([...masked, ...(ctx.array('/linux/readonlyPaths') ?? [])].filter((p): p is string => typeof p === 'string').map((p) => p.replace(/\/+$/, '')));
    const missing = REQUIRED_MASKED_PATHS.filter((p) => !covered.has(p));
    if (missing.length > 0) ctx.report({ messageId: 'missing', pointer: '/linux/maskedPaths', data: { paths: quoteList(missing) } });
  },
});
