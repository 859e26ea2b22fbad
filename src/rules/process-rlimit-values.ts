import { defineRule, specUrl } from './api.js';
import { fieldOf } from '../model/view.js';

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
    messages: {
      softAboveHard: {
        headline: '{{field}}.soft {{soft}} is above hard {{hard}}',
        detail: 'setrlimit fails with EINVAL, and runc 1.1.5 and crun 1.8.1 abort create.',
        help: 'Lower soft or raise hard so that soft <= hard.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      nofileAboveMax: {
        headline: '{{field}}.hard {{value}} for RLIMIT_NOFILE is above 2147483584',
        detail: '2147483584 is the most fs.nr_open can be: setrlimit always fails with EPERM, and runc 1.1.5 and crun 1.8.1 abort.',
        help: 'Lower the hard limit to at most 1048576, the kernel default fs.nr_open, or to what the hosts allow.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      nofileNone: {
        headline: '{{field}}.soft {{value}} for RLIMIT_NOFILE leaves no descriptor free',
        detail: 'stdin, stdout and stderr already fill it: runc 1.1.5 and crun 1.8.1 cannot finish setting the container up ("too many open files").',
        help: 'Raise the soft limit to 32 or more.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      nofileLow: {
        headline: '{{field}}.soft {{value}} for RLIMIT_NOFILE is very low',
        detail: 'The runtime sets the container up under this limit (crun 1.8.1 failed with 16 on a config of seven mounts), and few programs run with so few file descriptors.',
        help: 'Raise the soft limit to 32 or more.',
        severity: 'warning',
      },
      nofileAboveNrOpen: {
        headline: '{{field}}.hard {{value}} for RLIMIT_NOFILE is above 1048576, the default fs.nr_open',
        detail: 'setrlimit fails with EPERM unless the host raised fs.nr_open.',
        help: 'Stay at or below 1048576, or raise fs.nr_open on every host that runs the bundle.',
        severity: 'warning',
      },
    },
  },
  reads: ['process.rlimits'],
  check(ctx) {
    const rlimits = ctx.config.process?.rlimits;
    if (!rlimits) return;
    for (const r of rlimits) {
      if (r === undefined) continue;
      const soft = ctx.exact(r, 'soft');
      const hard = ctx.exact(r, 'hard');
      const field = fieldOf(r);
      const softValid = ctx.valid(r, 'soft');
      const hardValid = ctx.valid(r, 'hard');
      if (soft !== undefined && hard !== undefined && softValid && hardValid && soft > hard) {
        ctx.report({ messageId: 'softAboveHard', node: r, key: 'soft', data: { field, soft, hard }, related: [{ message: 'hard limit', node: r, key: 'hard' }] });
      }
      if (r.type === 'RLIMIT_NOFILE' && ctx.platforms.has('linux')) {
        if (soft !== undefined && soft < NOFILE_LOW && softValid) {
          if (soft <= NOFILE_FLOOR) ctx.report({ messageId: 'nofileNone', node: r, key: 'soft', data: { field, value: soft } });
          else ctx.report({ messageId: 'nofileLow', node: r, key: 'soft', data: { field, value: soft } });
        }
        // The kernel compares only the hard limit with fs.nr_open.
        if (hard !== undefined && hard > NR_OPEN_MAX && hardValid) {
          ctx.report({ messageId: 'nofileAboveMax', node: r, key: 'hard', data: { field, value: hard } });
        } else if (hard !== undefined && hard > NR_OPEN_DEFAULT && hardValid) {
          ctx.report({ messageId: 'nofileAboveNrOpen', node: r, key: 'hard', data: { field, value: hard } });
        }
      }
    }
  },
});
