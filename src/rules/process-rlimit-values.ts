import { defineRule, isObject, ptr, specUrl } from './api.js';
import { field } from './util/process.js';

// setrlimit(2) fails with EINVAL when the soft limit is above the hard one; runc ("error setting
// rlimit type 7: invalid argument") and crun ("setrlimit `RLIMIT_NOFILE`: Invalid argument") then
// abort create (checked with both, also for 2^64-1 against 2^64-2, hence exact integers). The
// kernel also refuses an RLIMIT_NOFILE above fs.nr_open (1048576 unless the host raised it) with
// EPERM, whatever the caller's capabilities (checked with 2^64-1: both abort). Up to the largest
// value fs.nr_open can have, that depends on the host, so it is a warning; beyond it, an error.
// The runtimes set the limits in the container's init and then keep opening files while they set
// the container up: with a soft RLIMIT_NOFILE of 3 or less (stdin, stdout and stderr already
// fill it) both fail at create ("open /proc/self/fd: too many open files", "error opening file
// `/proc/self/setgroups`: Too many open files"); crun 1.8.1 also failed with 16 on a config of
// seven mounts and started with 32, runc 1.1.5 started with 8 (runtime oracle).
const NOFILE_FLOOR = 3n;
const NOFILE_LOW = 32n;
const NR_OPEN_DEFAULT = 1048576n;
// The largest value fs.nr_open itself can take on 64-bit kernels (INT_MAX rounded down to 64).
const NR_OPEN_MAX = 2147483584n;

export default defineRule({
  meta: {
    id: 'process-rlimit-values',
    description: 'Each process.rlimits entry must have soft <= hard, and RLIMIT_NOFILE must leave the runtime descriptors and should not exceed fs.nr_open.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configPOSIXProcess'), level: 'MUST' },
    platforms: ['linux', 'solaris', 'freebsd'],
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    runtimes: {
      softAboveHard: { runc: 'refuses', crun: 'refuses' },
      nofileAboveMax: { runc: 'refuses', crun: 'refuses' },
      nofileNone: { runc: 'refuses', crun: 'refuses' },
    },
    messages: {
      softAboveHard: '{{field}}.soft {{soft}} is above hard {{hard}}; setrlimit fails with EINVAL and runc and crun abort.',
      nofileAboveMax: '{{field}}.hard {{value}} for RLIMIT_NOFILE is above 2147483584, the most fs.nr_open can be; setrlimit always fails with EPERM and runc and crun abort.',
      nofileNone: '{{field}}.soft {{value}} for RLIMIT_NOFILE leaves no file descriptor beyond stdin, stdout and stderr; runc and crun cannot finish setting the container up ("too many open files").',
      nofileLow: '{{field}}.soft {{value}} for RLIMIT_NOFILE is very low: the runtime sets up the container under it (crun failed with 16 on a config of seven mounts), and few programs run with so few file descriptors.',
      nofileAboveNrOpen: '{{field}}.hard {{value}} for RLIMIT_NOFILE is above 1048576, the kernel default fs.nr_open; setrlimit fails with EPERM unless the host raised fs.nr_open.',
    },
  },
  check(ctx) {
    const rlimits = ctx.array('/process/rlimits');
    if (!rlimits) return;
    rlimits.forEach((r, i) => {
      if (!isObject(r)) return;
      const base = ptr('process', 'rlimits', i);
      const soft = ctx.bigint(base + '/soft');
      const hard = ctx.bigint(base + '/hard');
      const f = field('process', 'rlimits', i);
      if (soft !== undefined && hard !== undefined && ctx.isValid(base + '/soft') && ctx.isValid(base + '/hard') && soft > hard) {
        ctx.report({
          messageId: 'softAboveHard',
          pointer: base + '/soft',
          data: { field: f, soft, hard },
          related: [{ message: 'hard limit', pointer: base + '/hard' }],
        });
      }
      if (r['type'] === 'RLIMIT_NOFILE' && ctx.platforms.has('linux')) {
        if (soft !== undefined && soft < NOFILE_LOW && ctx.isValid(base + '/soft')) {
          if (soft <= NOFILE_FLOOR) ctx.report({ messageId: 'nofileNone', pointer: base + '/soft', data: { field: f, value: soft } });
          else ctx.report({ messageId: 'nofileLow', pointer: base + '/soft', severity: 'warning', data: { field: f, value: soft } });
        }
        // The kernel compares only the hard limit with fs.nr_open.
        if (hard !== undefined && hard > NR_OPEN_MAX && ctx.isValid(base + '/hard')) {
          ctx.report({ messageId: 'nofileAboveMax', pointer: base + '/hard', data: { field: f, value: hard } });
        } else if (hard !== undefined && hard > NR_OPEN_DEFAULT && ctx.isValid(base + '/hard')) {
          ctx.report({ messageId: 'nofileAboveNrOpen', pointer: base + '/hard', severity: 'warning', data: { field: f, value: hard } });
        }
      }
    });
  },
});
