import { defineRule, ptr, specUrl } from './api.js';
import { listProblem } from './util/linux.js';

// config-linux.md "CPU": cpus and mems are cpuset lists ("0-3,7"); period and quota are CFS
// microseconds. The kernel refuses (EINVAL) a malformed or backwards list, a period outside
// 1000..1000000 and a positive quota below 1000, and runc and crun then fail at create with
// "write ... cpuset.cpus / cpu.cfs_period_us / cpu.cfs_quota_us: invalid argument" (verified).
// The spec also says realtimeRuntime cannot exceed realtimePeriod, and idle is 0 or 1.
// shares outside 2..262144: runc 1.1.5 refuses them itself ("the minimum allowed cpu-shares is 2",
// "the maximum allowed cpu-shares is 262144"); crun 1.8.1 writes them and the kernel clamps them
// into that range (runtime oracle, cgroup v1).
const SHARES_MIN = 2n;
const SHARES_MAX = 262144n;
const PERIOD_MIN = 1000n;
const PERIOD_MAX = 1000000n;

export default defineRule({
  meta: {
    id: 'linux-cpu-resources',
    description: 'CPU resource values must be ones the kernel accepts: cpuset lists, CFS period and quota ranges.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxCPU'), level: 'MUST' },
    platforms: ['linux'],
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    runtimes: { shares: { runc: 'refuses', crun: 'accepts' } },
    messages: {
      shares: 'linux.resources.cpu.shares {{value}} is outside 2 to 262144: runc refuses it; crun and the kernel clamp it into that range.',
      list: 'linux.resources.cpu.{{field}} "{{value}}" is not a valid list: {{problem}}.',
      period: 'linux.resources.cpu.period {{value}} is outside the range the kernel accepts (1000 to 1000000 microseconds).',
      quota: 'linux.resources.cpu.quota {{value}} is below the kernel minimum of 1000 microseconds; use -1 for no limit.',
      burst: 'linux.resources.cpu.burst {{burst}} exceeds cpu.quota {{quota}}; the burst must be no larger than the quota.',
      realtime: 'linux.resources.cpu.realtimeRuntime {{runtime}} exceeds realtimePeriod {{period}}.',
    },
  },
  check(ctx) {
    const base = '/linux/resources/cpu';
    for (const field of ['cpus', 'mems']) {
      const value = ctx.string(`${base}/${field}`);
      if (value === undefined) continue;
      const problem = listProblem(value);
      if (problem) ctx.report({ messageId: 'list', pointer: ptr('linux', 'resources', 'cpu', field), data: { field, value, problem } });
    }
    const shares = ctx.bigint(`${base}/shares`);
    if (shares !== undefined && shares !== 0n && (shares < SHARES_MIN || shares > SHARES_MAX)) {
      ctx.report({ messageId: 'shares', pointer: ptr('linux', 'resources', 'cpu', 'shares'), severity: 'warning', data: { value: shares } });
    }
    const period = ctx.bigint(`${base}/period`);
    if (period !== undefined && period !== 0n && (period < PERIOD_MIN || period > PERIOD_MAX)) {
      ctx.report({ messageId: 'period', pointer: ptr('linux', 'resources', 'cpu', 'period'), data: { value: period } });
    }
    const quota = ctx.bigint(`${base}/quota`);
    if (quota !== undefined && quota > 0n && quota < 1000n) {
      ctx.report({ messageId: 'quota', pointer: ptr('linux', 'resources', 'cpu', 'quota'), data: { value: quota } });
    }
    const burst = ctx.bigint(`${base}/burst`);
    if (burst !== undefined && quota !== undefined && quota > 0n && burst > quota) {
      ctx.report({ messageId: 'burst', pointer: ptr('linux', 'resources', 'cpu', 'burst'), data: { burst, quota } });
    }
    const rtRuntime = ctx.bigint(`${base}/realtimeRuntime`);
    const rtPeriod = ctx.bigint(`${base}/realtimePeriod`);
    if (rtRuntime !== undefined && rtPeriod !== undefined && rtPeriod > 0n && rtRuntime > rtPeriod) {
      ctx.report({ messageId: 'realtime', pointer: ptr('linux', 'resources', 'cpu', 'realtimeRuntime'), data: { runtime: rtRuntime, period: rtPeriod } });
    }
  },
});
