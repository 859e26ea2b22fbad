import { defineRule, specUrl } from './api.js';

// config.md "Linux Process": the runtime writes oomScoreAdj to /proc/<pid>/oom_score_adj, which
// the kernel limits to -1000..1000 (OOM_SCORE_ADJ_MIN/MAX). Outside that range the write fails
// with EINVAL and both runtimes abort: runc 1.1.5 "failed to update /proc/self/oom_score_adj:
// Invalid argument", crun 1.8.1 "write to /proc/self/oom_score_adj: Invalid argument" (checked
// with 1001 and -1001). Lowering the score below the caller's also needs CAP_SYS_RESOURCE, which
// depends on the host and is not judged here.
export default defineRule({
  meta: {
    id: 'process-oom-score-adj',
    description: 'process.oomScoreAdj must be within -1000..1000.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configLinuxProcess'), level: 'MUST' },
    platforms: ['linux'],
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    runtimes: {
      range: { runc: 'refuses', crun: 'refuses' },
    },
    messages: {
      range: 'process.oomScoreAdj {{value}} is outside -1000..1000; the kernel refuses it and runc and crun abort.',
    },
  },
  check(ctx) {
    const v = ctx.bigint('/process/oomScoreAdj');
    if (v === undefined || !ctx.isValid('/process/oomScoreAdj')) return;
    if (v < -1000n || v > 1000n) ctx.report({ messageId: 'range', pointer: '/process/oomScoreAdj', data: { value: v } });
  },
});
