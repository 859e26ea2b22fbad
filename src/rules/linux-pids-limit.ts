import { defineRule, ptr, specUrl } from './api.js';

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
    runtimes: {
      negative: { runc: 'accepts', crun: 'refuses' },
      minusOne: { runc: 'accepts', crun: 'refuses' },
    },
    messages: {
      negative: 'linux.resources.pids.limit {{value}} is below -1; use -1 for no limit.',
      minusOne: 'linux.resources.pids.limit is -1 (no limit): runc applies that, but crun 1.8.1 writes -1 to pids.max and the kernel refuses it; to leave the count unlimited with any runtime, leave pids out.',
      zero: 'linux.resources.pids.limit is 0: the spec reads this as "no new processes", but runc and crun treat 0 as no limit at all.',
    },
  },
  check(ctx) {
    const pointer = ptr('linux', 'resources', 'pids', 'limit');
    const v = ctx.bigint(pointer);
    if (v === undefined) return;
    if (v < -1n) ctx.report({ messageId: 'negative', pointer, data: { value: v } });
    else if (v === -1n) ctx.report({ messageId: 'minusOne', pointer, severity: 'warning' });
    else if (v === 0n) ctx.report({ messageId: 'zero', pointer, severity: 'warning' });
  },
});
