import { defineRule } from './api.js';

// A negative oom_score_adj makes the kernel prefer host processes over the container's when
// memory runs out.
export default defineRule({
  meta: {
    id: 'negative-oom-score',
    description: 'process.oomScoreAdj should not be negative.',
    category: 'security',
    defaultSeverity: 'info',
    securitySeverity: 'low',
    platforms: ['linux'],
    messages: {
      negative: {
        headline: 'process.oomScoreAdj is {{value}}, below 0',
        detail: 'When memory runs out, the kernel kills host processes before the container\'s.',
        help: 'Use 0 or a positive value.',
      },
    },
  },
  reads: ['process.oomScoreAdj'],
  check(ctx) {
    const process = ctx.config.process;
    const v = process?.oomScoreAdj;
    if (process !== undefined && v !== undefined && v < 0) ctx.report({ messageId: 'negative', node: process, key: 'oomScoreAdj', data: { value: v } });
  },
});
