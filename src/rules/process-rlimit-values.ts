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
// Other limits that keep the program (or crun) from running, runtime oracle with --run on Linux
// 6.18 (runc 1.1.5, crun 1.8.1). crun sets the limits on its own process before it creates the
// container (libcrun_set_rlimits in linux.c, "before we enter a user namespace", 1.8.1 to 1.29.1),
// so they bind crun too:
// - RLIMIT_CPU with a hard limit of 0: the kernel kills the process at once (SIGKILL; a soft
//   limit of 0 alone it reads as 1 second). runc's program died with 137; crun was killed before
//   the container ran, and its create never finished. Both fail.
// - RLIMIT_NPROC with a soft limit of 0: execve failed with EAGAIN in both, for uid 0 and 1000.
// - RLIMIT_FSIZE: crun then writes its state file under the limit: with 256 bytes it failed
//   ("cannot write status file: File too large"), with 1024 it ran (a bundle at a short path:
//   the file grows with the bundle's paths). runc writes its state in its own process.
// - RLIMIT_STACK: with a soft limit of 0, 4096 or 8192 bytes the program crashed with SIGSEGV at
//   start in some runs and not others (address space randomization); 16384 and up ran. A limit in
//   KiB (as `ulimit -s` takes it) is the usual cause.
const FSIZE_CRUN = 1024n;
const STACK_LOW = 16384n;
const NOFILE_FLOOR = 3n;
const NOFILE_LOW = 32n;
const NR_OPEN_DEFAULT = 1048576n;
// The largest value fs.nr_open itself can take on 64-bit kernels (INT_MAX rounded down to 64).
const NR_OPEN_MAX = 2147483584n;

export default defineRule({
  meta: {
    id: 'process-rlimit-values',
    description: 'Each process.rlimits entry must have soft <= hard and leave the program and the runtime room to run; RLIMIT_NOFILE should not exceed fs.nr_open.',
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
      cpuZero: {
        headline: '{{field}}.hard 0 for RLIMIT_CPU: the kernel kills the process at once',
        detail: 'A hard CPU limit of 0 seconds is already used up, and the kernel sends SIGKILL. Under runc the program is killed as it starts; crun sets the limit on itself first and is killed before the container runs.',
        help: 'Give the hard limit in seconds of CPU time, or remove the entry for no limit.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      nprocZero: {
        headline: '{{field}}.soft 0 for RLIMIT_NPROC lets the user start no process',
        detail: 'The program cannot start another process, and the kernel may refuse the exec itself: under runc 1.1.5 and crun 1.8.1 on Linux 6.18, execve failed with EAGAIN ("resource temporarily unavailable").',
        help: 'Give the number of processes the user may have, or remove the entry for no limit.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      fsizeCrun: {
        headline: '{{field}}.soft {{value}} for RLIMIT_FSIZE leaves crun no room to write its state',
        detail: 'The limit is in bytes. crun sets it on its own process before it creates the container, and then cannot write its state file: crun 1.8.1 failed with 256 bytes ("cannot write status file: File too large") and ran with 1024. runc sets it only in the container. Either way the program cannot write a file larger than {{value}} bytes.',
        help: 'Give the limit in bytes (`ulimit -f` counts blocks of 1024 bytes), or remove the entry for no limit.',
        runtimes: { runc: 'accepts', crun: 'refuses' },
      },
      stackLow: {
        headline: '{{field}}.soft {{value}} for RLIMIT_STACK is {{kib}} KiB of stack',
        detail: 'The limit is in bytes, and below 16384 it leaves too little stack to start: with 0, 4096 and 8192 bytes the program crashed with SIGSEGV at start in some runs under runc 1.1.5 and crun 1.8.1, and not in others.',
        help: 'Give the limit in bytes, such as 8388608 for 8 MiB (`ulimit -s` counts KiB), or remove the entry.',
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
      if (ctx.platforms.has('linux') && soft !== undefined && hard !== undefined && softValid && hardValid && soft <= hard) {
        if (r.type === 'RLIMIT_CPU' && hard === 0n) ctx.report({ messageId: 'cpuZero', node: r, key: 'hard', data: { field } });
        else if (r.type === 'RLIMIT_NPROC' && soft === 0n) ctx.report({ messageId: 'nprocZero', node: r, key: 'soft', data: { field } });
        else if (r.type === 'RLIMIT_FSIZE' && soft < FSIZE_CRUN) ctx.report({ messageId: 'fsizeCrun', node: r, key: 'soft', data: { field, value: soft } });
        else if (r.type === 'RLIMIT_STACK' && soft < STACK_LOW) {
          const kib = String(Number((Number(soft) / 1024).toFixed(2)));
          ctx.report({ messageId: 'stackLow', node: r, key: 'soft', data: { field, value: soft, kib } });
        }
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
