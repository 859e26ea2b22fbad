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
      negative: 'process.oomScoreAdj is {{value}}: when memory runs out the kernel kills host processes before the container\'s.',
    },
  },
  check(ctx) {
    const v = ctx.number('/process/oomScoreAdj');
    if (v !== undefined && v < 0) ctx.report({ messageId: 'negative', pointer: '/process/oomScoreAdj', data: { value: v } });
  },
});
