// `process`: what the container runs and with which identity, limits and scheduling.

import { arr, at, bool, int, obj, oneOfStrings, str, strings } from './dsl.js';

const cpuList = { pattern: '^[0-9, -]*$', patternText: 'a CPU list such as "0-3,7"' } as const;

const capabilitySet = () => strings();

export const processNode = obj({
  terminal: bool(),
  consoleSize: obj({ height: int('uint64', { req: true }), width: int('uint64', { req: true }) }),
  cwd: str({ req: true, doc: 'working directory of the process, an absolute path' }),
  env: strings(),
  // Before 1.0.2 the text makes args (with at least one entry) required on every platform; from
  // 1.0.2 on it is required on POSIX only, and Windows may use commandLine instead (see root.ts).
  // The rule process-args-nonempty reports a missing or empty args, with a better message than a schema can.
  args: strings(),
  commandLine: str({ since: '1.0.2', platform: 'windows' }),
  rlimits: at(
    arr(
      obj({
        type: str({ req: true, pattern: '^RLIMIT_[A-Z]+$', patternText: 'a resource name such as "RLIMIT_NOFILE"' }),
        soft: int('uint64', { req: true }),
        hard: int('uint64', { req: true }),
      }),
    ),
    { doc: 'POSIX resource limits' },
  ),
  apparmorProfile: str({ platform: 'linux' }),
  capabilities: obj(
    {
      bounding: capabilitySet(),
      effective: capabilitySet(),
      inheritable: capabilitySet(),
      permitted: capabilitySet(),
      ambient: capabilitySet(),
    },
    { platform: 'linux' },
  ),
  noNewPrivileges: bool({ platform: 'linux' }),
  // The text says only "int"; the -1000..1000 kernel range is a lint rule's business.
  oomScoreAdj: { kind: 'integer', platform: 'linux' },
  scheduler: obj(
    {
      policy: oneOfStrings(
        ['SCHED_OTHER', 'SCHED_FIFO', 'SCHED_RR', 'SCHED_BATCH', 'SCHED_ISO', 'SCHED_IDLE', 'SCHED_DEADLINE'],
        { req: true },
      ),
      nice: int('int32'),
      priority: int('int32'),
      flags: arr(
        oneOfStrings([
          'SCHED_FLAG_RESET_ON_FORK',
          'SCHED_FLAG_RECLAIM',
          'SCHED_FLAG_DL_OVERRUN',
          'SCHED_FLAG_KEEP_POLICY',
          'SCHED_FLAG_KEEP_PARAMS',
          'SCHED_FLAG_UTIL_CLAMP_MIN',
          'SCHED_FLAG_UTIL_CLAMP_MAX',
        ]),
      ),
      runtime: int('uint64'),
      deadline: int('uint64'),
      period: int('uint64'),
    },
    { since: '1.1.0', platform: 'linux' },
  ),
  selinuxLabel: str({ platform: 'linux' }),
  ioPriority: obj(
    {
      class: oneOfStrings(['IOPRIO_CLASS_RT', 'IOPRIO_CLASS_BE', 'IOPRIO_CLASS_IDLE'], { req: true }),
      // The text marks priority REQUIRED; the upstream schema forgot it.
      priority: int('int32', { req: true }),
    },
    { since: '1.1.0', platform: 'linux' },
  ),
  execCPUAffinity: obj(
    { initial: str(cpuList), final: str(cpuList) },
    { since: '1.2.1', platform: 'linux' },
  ),
  user: obj({
    uid: int('uint32'),
    gid: int('uint32'),
    umask: int('uint32', { since: '1.0.2' }),
    additionalGids: arr(int('uint32')),
    username: str({ platform: 'windows' }),
  }),
});
