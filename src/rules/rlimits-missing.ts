import { defineRule } from './api.js';

const UNLIMITED = 18446744073709551615n; // RLIM_INFINITY as a 64-bit unsigned value

// Without RLIMIT_NOFILE and RLIMIT_NPROC the process inherits the runtime's limits, which on many
// hosts are far above what a workload needs; file descriptor and process exhaustion then hit the
// host's user (NPROC counts per real uid across the host).
const EXHAUSTION = 'file descriptor and process exhaustion then hit the host\'s user (RLIMIT_NPROC counts per real uid across the host).';

export default defineRule({
  meta: {
    id: 'rlimits-missing',
    description: 'process.rlimits should set finite RLIMIT_NOFILE and RLIMIT_NPROC limits.',
    category: 'security',
    defaultSeverity: 'info',
    securitySeverity: 'low',
    platforms: ['linux'],
    messages: {
      missing: {
        headline: 'process.rlimits has no {{type}} entry',
        detail: `The process inherits the runtime's limit, which on many hosts is far above what a workload needs: ${EXHAUSTION}`,
        help: 'Add a {{type}} entry with finite soft and hard limits suited to the workload.',
      },
      unlimited: {
        headline: 'process.rlimits[{{index}}] sets {{type}} hard limit to {{value}} (unlimited)',
        detail: `The process has no limit: ${EXHAUSTION}`,
        help: 'Set a finite hard limit suited to the workload.',
      },
    },
  },
  // Reported only for a process object: one without the limits is the finding.
  reads: ['process'],
  check(ctx) {
    const process = ctx.config.process;
    if (!process) return;
    const list = process.rlimits;
    for (const type of ['RLIMIT_NOFILE', 'RLIMIT_NPROC']) {
      const index = (list ?? []).findIndex((r) => r?.type === type);
      if (index < 0) {
        if (list) ctx.report({ messageId: 'missing', node: process, key: 'rlimits', data: { type } });
        else ctx.report({ messageId: 'missing', node: ctx.config, key: 'process', target: 'key', data: { type } });
        continue;
      }
      const entry = list![index]!;
      const hard = ctx.exact(entry, 'hard');
      if (hard !== undefined && hard >= UNLIMITED) ctx.report({ messageId: 'unlimited', node: entry, key: 'hard', data: { index, type, value: hard } });
    }
  },
});
