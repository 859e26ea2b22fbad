import { defineRule, specUrl } from './api.js';

// config.md "Linux Process": the runtime writes oomScoreAdj to /proc/<pid>/oom_score_adj, which
// the kernel limits to -1000..1000 (OOM_SCORE_ADJ_MIN/MAX). Outside that range the write fails
// with EINVAL and both runtimes abort: runc 1.1.5 "failed to update /proc/self/oom_score_adj:
// Invalid argument", crun 1.8.1 "write to /proc/self/oom_score_adj: Invalid argument" (checked
// with 1001 and -1001). Lowering the score below the caller's also needs CAP_SYS_RESOURCE, which
// depends on the host and is not judged here. youki writes the value before it starts the container
// and fails on the error too (builder_impl.rs, from 0.0.1 to 0.7.0).
export default defineRule({
  meta: {
    id: 'process-oom-score-adj',
    description: 'process.oomScoreAdj must be within -1000..1000.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configLinuxProcess'), level: 'MUST' },
    platforms: ['linux'],
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    messages: {
      range: {
        headline: 'process.oomScoreAdj {{value}} is outside -1000..1000',
        detail: 'The runtime writes it to /proc/<pid>/oom_score_adj: the kernel refuses it (EINVAL), and runc 1.1.5, crun 1.8.1 and youki abort.',
        help: 'Use a value from -1000 to 1000; -1000 keeps the OOM killer away from the process.',
        runtimes: { runc: 'refuses', crun: 'refuses', youki: 'refuses' },
      },
    },
  },
  reads: ['process.oomScoreAdj'],
  check(ctx) {
    const process = ctx.config.process;
    if (!process) return;
    const v = ctx.exact(process, 'oomScoreAdj');
    if (v === undefined || !ctx.valid(process, 'oomScoreAdj')) return;
    if (v < -1000n || v > 1000n) ctx.report({ messageId: 'range', node: process, key: 'oomScoreAdj', data: { value: v } });
  },
});
