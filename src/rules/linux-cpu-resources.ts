import { defineRule, specUrl } from './api.js';

// config-linux.md "CPU": cpus and mems are cpuset lists ("0-3,7"); period and quota are CFS
// microseconds. The kernel refuses (EINVAL) a malformed or backwards list (see cpusetListProblem), a period outside
// 1000..1000000 and a positive quota below 1000, and runc and crun then fail at create with
// "write ... cpuset.cpus / cpu.cfs_period_us / cpu.cfs_quota_us: invalid argument" (verified).
// The spec also says realtimeRuntime cannot exceed realtimePeriod, and idle is 0 or 1: the kernel
// refuses anything else in cpu.idle (EINVAL); crun 1.8.1 fails (runtime oracle, idle 2), runc 1.1
// ignores the field and runc 1.2 and later write it (fs/cpu.go and fs2/cpu.go).
// shares outside 2..262144: runc 1.1.5 refuses them itself ("the minimum allowed cpu-shares is 2",
// "the maximum allowed cpu-shares is 262144"); crun 1.8.1 writes them and the kernel clamps them
// into that range (runtime oracle, cgroup v1).
// A negative quota: on cgroup v1, crun before 1.8.4 writes it to cpu.cfs_quota_us with PRIu64
// (-1 as 18446744073709551615), which the kernel refuses (ERANGE: crun 1.8.1 on Linux 6.18,
// runtime oracle, -1, -2 and -5 alike); 1.8.4 writes it signed ("cgroup: fix set quota to -1"),
// which the kernel reads as no limit, as runc always has. On cgroup v2 runc and crun write "max".
// youki writes it signed on v1 and "max" on v2 (every release to 0.7.0, crates/libcgroups/src/v1
// and v2/cpu.rs).
// Only those releases refuse it (basis compat): a warning naming them, an error for a --target
// that selects them, no finding for one that does not.
const CRUN_UNSIGNED_QUOTA = '<1.8.4';
const SHARES_MIN = 2n;
const SHARES_MAX = 262144n;
const PERIOD_MIN = 1000n;
const PERIOD_MAX = 1000000n;

/**
 * What is wrong with a cpuset list as the kernel reads it (bitmap_parselist), or undefined. Entries
 * are separated by commas, and an empty one is skipped; an entry is "all", a number, a range "0-3",
 * or a range with a stride "0-7:2/4" (the first 2 of every 4); "N" stands for the last CPU or node.
 * Runtime oracle, runc 1.1.5 and crun 1.8.1 on Linux 6.18: "0,", ",0", "0,,1", " 0", "0, 1", "all",
 * "0-N" and "0-1:1/2" are accepted; "0 - 1", "1-0" and "0-1:3/2" are refused (EINVAL), and a list
 * that selects nothing ("," or "0-1:0/2") too, since a cpuset with tasks cannot be empty (ENOSPC).
 */
function cpusetListProblem(text: string): string | undefined {
  if (text.trim() === '') return undefined;
  let selects = false;
  for (const entry of text.split(',')) {
    const part = entry.trim();
    if (part === '') continue;
    if (part === 'all') {
      selects = true;
      continue;
    }
    const m = /^(\d+|N)(?:-(\d+|N)(?::(\d+)\/(\d+))?)?$/.exec(part);
    if (!m) return `"${part}" is neither a number nor a range like 0-3`;
    const num = (t: string): number => (t === 'N' ? Infinity : Number(t));
    if (m[2] !== undefined && num(m[2]) < num(m[1]!)) return `the range "${part}" runs backwards`;
    if (m[3] !== undefined && (Number(m[4]) === 0 || Number(m[3]) > Number(m[4]))) return `the stride "${m[3]}/${m[4]}" takes more than its group`;
    if (m[3] === undefined || Number(m[3]) > 0) selects = true;
  }
  return selects ? undefined : 'it selects nothing';
}

export default defineRule({
  meta: {
    id: 'linux-cpu-resources',
    description: 'CPU resource values must be ones the kernel accepts: cpuset lists, CFS period and quota ranges.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxCPU'), level: 'MUST' },
    platforms: ['linux'],
    runtimeVersions: 'runc 1.1.5, crun 1.8.1 (runtime oracle); youki 0.0.1 to 0.7.0 from source (negative quota)',
    messages: {
      shares: {
        headline: 'linux.resources.cpu.shares {{value}} is outside 2 to 262144',
        detail: 'runc 1.1.5 refuses such a value ("the minimum allowed cpu-shares is 2", "the maximum allowed cpu-shares is 262144"); crun 1.8.1 writes it, and the kernel clamps it into that range.',
        help: 'Use a value from 2 to 262144.',
        severity: 'warning',
        runtimes: { runc: 'refuses', crun: 'accepts' },
      },
      list: {
        headline: 'linux.resources.cpu.{{field}} "{{value}}" is not a valid list: {{problem}}',
        detail: 'The kernel refuses a malformed or backwards list ("invalid argument") and one that selects nothing ("no space left on device"), and runc and crun fail at create.',
        help: 'Write comma-separated numbers and ascending ranges, such as "0-3,7".',
      },
      period: {
        headline: 'linux.resources.cpu.period {{value}} is outside 1000 to 1000000 microseconds',
        detail: 'The kernel accepts a CFS period from 1000 to 1000000 microseconds and refuses any other; runc and crun fail at create ("invalid argument").',
        help: 'Use a period from 1000 (1 ms) to 1000000 (1 s) microseconds, such as 100000.',
      },
      quota: {
        headline: 'linux.resources.cpu.quota {{value}} is below the minimum of 1000 microseconds',
        detail: 'The kernel refuses a positive CFS quota below 1000 microseconds; runc and crun fail at create ("invalid argument").',
        help: 'Use a quota of at least 1000 microseconds, or -1 for no limit.',
      },
      negativeQuota: {
        headline: 'linux.resources.cpu.quota {{value}} is negative',
        detail: 'On cgroup v1, crun before 1.8.4 writes a negative quota to cpu.cfs_quota_us as an unsigned number (-1 becomes 18446744073709551615), the kernel refuses it ("Numerical result out of range"), and the container does not start. runc and later crun releases write it signed, which the kernel reads as no limit; on cgroup v2 both write "max".',
        help: 'Leave quota out for no limit.',
        runtimes: { runc: 'accepts', crun: { refuses: CRUN_UNSIGNED_QUOTA }, youki: 'accepts' },
        basis: 'compat',
      },
      burst: {
        headline: 'linux.resources.cpu.burst {{burst}} exceeds cpu.quota {{quota}}',
        detail: 'The spec requires the burst to be no larger than the quota.',
        help: 'Lower the burst to at most the quota, or raise the quota.',
      },
      idle: {
        headline: 'linux.resources.cpu.idle {{value}} is neither 0 nor 1',
        detail: 'The kernel takes only 0 (the default) and 1 (SCHED_IDLE) in cpu.idle and refuses the rest (EINVAL): crun 1.8.1 fails at create, and so does runc from 1.2, which began to write the field.',
        help: 'Write 1 to run the container\'s tasks as SCHED_IDLE, 0 (or nothing) for the default.',
        runtimes: { runc: { refuses: '>=1.2' }, crun: 'refuses' },
      },
      realtime: {
        headline: 'linux.resources.cpu.realtimeRuntime {{runtime}} exceeds realtimePeriod {{period}}',
        detail: 'The spec does not allow a real-time runtime longer than its real-time period.',
        help: 'Lower realtimeRuntime to at most realtimePeriod.',
      },
    },
  },
  reads: ['linux.resources.cpu'],
  check(ctx) {
    const cpu = ctx.config.linux?.resources?.cpu;
    if (!cpu) return;
    for (const field of ['cpus', 'mems'] as const) {
      const value = cpu[field];
      if (value === undefined) continue;
      const problem = cpusetListProblem(value);
      if (problem) ctx.report({ messageId: 'list', node: cpu, key: field, data: { field, value, problem } });
    }
    const shares = ctx.exact(cpu, 'shares');
    if (shares !== undefined && shares !== 0n && (shares < SHARES_MIN || shares > SHARES_MAX)) {
      ctx.report({ messageId: 'shares', node: cpu, key: 'shares', data: { value: shares } });
    }
    const period = ctx.exact(cpu, 'period');
    if (period !== undefined && period !== 0n && (period < PERIOD_MIN || period > PERIOD_MAX)) {
      ctx.report({ messageId: 'period', node: cpu, key: 'period', data: { value: period } });
    }
    const quota = ctx.exact(cpu, 'quota');
    if (quota !== undefined && quota > 0n && quota < 1000n) {
      ctx.report({ messageId: 'quota', node: cpu, key: 'quota', data: { value: quota } });
    }
    if (quota !== undefined && quota < 0n) {
      ctx.report({ messageId: 'negativeQuota', node: cpu, key: 'quota', data: { value: quota } });
    }
    const burst = ctx.exact(cpu, 'burst');
    if (burst !== undefined && quota !== undefined && quota > 0n && burst > quota) {
      ctx.report({ messageId: 'burst', node: cpu, key: 'burst', data: { burst, quota } });
    }
    const idle = ctx.exact(cpu, 'idle');
    if (idle !== undefined && idle !== 0n && idle !== 1n) ctx.report({ messageId: 'idle', node: cpu, key: 'idle', data: { value: idle } });
    const rtRuntime = ctx.exact(cpu, 'realtimeRuntime');
    const rtPeriod = ctx.exact(cpu, 'realtimePeriod');
    if (rtRuntime !== undefined && rtPeriod !== undefined && rtPeriod > 0n && rtRuntime > rtPeriod) {
      ctx.report({ messageId: 'realtime', node: cpu, key: 'realtimeRuntime', data: { runtime: rtRuntime, period: rtPeriod } });
    }
  },
});
