// The resource limits each platform's getrlimit knows.

/** The resource names getrlimit(2) knows on Linux; runc and crun accept exactly these 16. */
export const LINUX_RLIMITS: readonly string[] = [
  'RLIMIT_AS', 'RLIMIT_CORE', 'RLIMIT_CPU', 'RLIMIT_DATA', 'RLIMIT_FSIZE', 'RLIMIT_LOCKS',
  'RLIMIT_MEMLOCK', 'RLIMIT_MSGQUEUE', 'RLIMIT_NICE', 'RLIMIT_NOFILE', 'RLIMIT_NPROC',
  'RLIMIT_RSS', 'RLIMIT_RTPRIO', 'RLIMIT_RTTIME', 'RLIMIT_SIGPENDING', 'RLIMIT_STACK',
];

/** Solaris getrlimit(3C); RLIMIT_AS is an alias of RLIMIT_VMEM there. */
export const SOLARIS_RLIMITS: readonly string[] = [
  'RLIMIT_AS', 'RLIMIT_CORE', 'RLIMIT_CPU', 'RLIMIT_DATA', 'RLIMIT_FSIZE', 'RLIMIT_NOFILE', 'RLIMIT_STACK', 'RLIMIT_VMEM',
];

/** FreeBSD getrlimit(2). */
export const FREEBSD_RLIMITS: readonly string[] = [
  'RLIMIT_AS', 'RLIMIT_CORE', 'RLIMIT_CPU', 'RLIMIT_DATA', 'RLIMIT_FSIZE', 'RLIMIT_KQUEUES', 'RLIMIT_MEMLOCK',
  'RLIMIT_NOFILE', 'RLIMIT_NPROC', 'RLIMIT_NPTS', 'RLIMIT_PIPEBUF', 'RLIMIT_RSS', 'RLIMIT_SBSIZE', 'RLIMIT_STACK',
  'RLIMIT_SWAP', 'RLIMIT_UMTXP', 'RLIMIT_VMEM', 'RLIMIT_VMM',
];
