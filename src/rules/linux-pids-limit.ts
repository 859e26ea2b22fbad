import { defineRule, specUrl } from './api.js';

// config-linux.md "PIDs": limit is a number of tasks, -1 for no limit (v1.3.0). runc turns any
// negative value into "max" (every release). crun 1.8.1 to 1.12 write a negative value to pids.max
// as it is on cgroup v1, and the kernel refuses it ("writing file `pids.max`: Invalid argument",
// runtime oracle, 1.8.1); from 1.13 crun writes "max" for any negative value (cg_itoa with
// use_max, cgroup-resources.c). 0 is valid for the kernel and v1.3.0 says runtimes SHOULD treat it
// as a limit of zero: crun and runc before 1.4 treat 0 as "not set" (no limit at all), and runc 1.4
// and later write 1, as systemd cannot set 0 (opencontainers/cgroups fs/pids.go). youki writes
// "max" for any limit below 1 on cgroup v1 (every release to 0.7.0, crates/libcgroups/src/v1/pids.rs),
// and on v2 "max" for a negative one and, from 0.7.0, 1 for 0 (v2/pids.rs).
export default defineRule({
  meta: {
    id: 'linux-pids-limit',
    description: 'pids.limit must be -1 or a non-negative count, and 0 is read differently by runtimes.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxPIDS'), level: 'SHOULD' },
    platforms: ['linux'],
    runtimeVersions: 'runc 1.1.5 and crun 1.8.1 on cgroup v1 (runtime oracle); runc 1.5.1, crun 1.13 to 1.29.1 and youki 0.0.1 to 0.7.0 from source',
    messages: {
      negative: {
        headline: 'linux.resources.pids.limit {{value}} is below -1',
        detail: 'The spec defines only -1 for no limit. runc and crun 1.13 and later turn any negative limit into "max"; crun before 1.13 writes it to pids.max as it is on cgroup v1, and the kernel refuses it ("Invalid argument").',
        help: 'Use -1 for no limit, or a positive number of tasks.',
        runtimes: { runc: 'accepts', crun: { refuses: '<1.13' }, youki: 'accepts' },
      },
      minusOne: {
        headline: 'linux.resources.pids.limit is -1 (no limit)',
        detail: 'runc and crun 1.13 and later apply no limit, but crun before 1.13 writes -1 to pids.max on cgroup v1 and the kernel refuses it ("Invalid argument").',
        help: 'To leave the number of tasks unlimited with any runtime, leave pids out.',
        severity: 'warning',
        runtimes: { runc: 'accepts', crun: { refuses: '<1.13' }, youki: 'accepts' },
        basis: 'compat',
      },
      zero: {
        headline: 'linux.resources.pids.limit is 0',
        detail: 'The spec reads 0 as "no new processes", but crun, runc before 1.4 and youki on cgroup v1 treat 0 as not set (the container gets no limit at all), and runc 1.4 and later set a limit of 1.',
        help: 'Set a positive number of tasks, or leave pids out for no limit.',
        severity: 'warning',
      },
    },
  },
  reads: ['linux.resources.pids'],
  check(ctx) {
    const pids = ctx.config.linux?.resources?.pids;
    if (!pids) return;
    const v = ctx.exact(pids, 'limit');
    if (v === undefined) return;
    if (v < -1n) ctx.report({ messageId: 'negative', node: pids, key: 'limit', data: { value: v } });
    else if (v === -1n) ctx.report({ messageId: 'minusOne', node: pids, key: 'limit' });
    else if (v === 0n) ctx.report({ messageId: 'zero', node: pids, key: 'limit' });
  },
});
