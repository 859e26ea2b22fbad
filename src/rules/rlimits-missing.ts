import { defineRule, isObject, ptr } from './api.js';

const UNLIMITED = 18446744073709551615n; // RLIM_INFINITY as a 64-bit unsigned value

// Without RLIMIT_NOFILE and RLIMIT_NPROC the process inherits the runtime's limits, which on many
// hosts are far above what a workload needs; file descriptor and process exhaustion then hit the
// host's user (NPROC counts per real uid across the host).
export default defineRule({
  meta: {
    id: 'rlimits-missing',
    description: 'process.rlimits should set finite RLIMIT_NOFILE and RLIMIT_NPROC limits.',
    category: 'security',
    defaultSeverity: 'info',
    securitySeverity: 'low',
    platforms: ['linux'],
    messages: {
      missing: 'process.rlimits has no {{type}} entry: the process inherits the runtime\'s limit.',
      unlimited: 'process.rlimits[{{index}}] sets {{type}} hard limit to {{value}} (unlimited).',
    },
  },
  check(ctx) {
    if (!ctx.object('/process')) return;
    const list = ctx.array('/process/rlimits');
    for (const type of ['RLIMIT_NOFILE', 'RLIMIT_NPROC']) {
      const index = (list ?? []).findIndex((r) => isObject(r) && r['type'] === type);
      if (index < 0) {
        if (list) ctx.report({ messageId: 'missing', pointer: '/process/rlimits', data: { type } });
        else ctx.report({ messageId: 'missing', pointer: '/process', target: 'key', data: { type } });
        continue;
      }
      const hard = ctx.bigint(ptr('process', 'rlimits', index, 'hard'));
      if (hard !== undefined && hard >= UNLIMITED) ctx.report({ messageId: 'unlimited', pointer: ptr('process', 'rlimits', index, 'hard'), data: { index, type, value: hard } });
    }
  },
});
