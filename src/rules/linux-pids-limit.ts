import { defineRule, specUrl } from './api.js';

// config-linux.md "PIDs": limit is a number of tasks, -1 for no limit (v1.3.0). crun 1.8.1 writes
// any negative value to pids.max as it is, -1 included, and the kernel refuses it ("writing file
// `pids.max`: Invalid argument"); runc 1.1.5 turns any negative value into "max" (runtime
// oracle). So -1 is a warning that crun cannot take, and below -1 is an error. 0 is valid for the kernel and v1.3.0 says runtimes
// SHOULD treat it as a limit of zero, but runc and crun (as of their 1.1/1.8 releases) treat 0 as
// "not set": the container gets no limit at all.
export default defineRule({
  meta: {
    id: 'linux-pids-limit',
    description: 'pids.limit must be -1 or a non-negative count, and 0 is read differently by runtimes.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxPIDS'), level: 'SHOULD' },
    platforms: ['linux'],
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    messages: {
      negative: {
        headline: 'linux.resources.pids.limit {{value}} is below -1',
        detail: 'runc 1.1.5 turns any negative limit into "max"; crun 1.8.1 writes it to pids.max as it is, and the kernel refuses it ("Invalid argument").',
        help: 'Use -1 for no limit, or a positive number of tasks.',
        runtimes: { runc: 'accepts', crun: 'refuses' },
      },
      minusOne: {
        headline: 'linux.resources.pids.limit is -1 (no limit)',
        detail: 'runc 1.1.5 applies no limit, but crun 1.8.1 writes -1 to pids.max and the kernel refuses it ("Invalid argument").',
        help: 'To leave the number of tasks unlimited with any runtime, leave pids out.',
        severity: 'warning',
        runtimes: { runc: 'accepts', crun: 'refuses' },
      },
      zero: {
        headline: 'linux.resources.pids.limit is 0',
        detail: 'The spec reads 0 as "no new processes", but runc and crun (as of their 1.1 and 1.8 releases) treat 0 as not set: the container gets no limit at all.',
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
