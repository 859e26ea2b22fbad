// `linux`: namespaces, id mappings, devices, cgroup resources, seccomp and the other Linux knobs.

import { arr, at, bool, int, map, obj, oneOfStrings, str, strings, type ObjectNode } from './dsl.js';
import { fileMode, idMappings } from './defs.js';

const devNum = () => int('int64');

/**
 * A device node to create in the container. The text requires `major` and `minor` unless the type
 * is `p` (a FIFO has no device numbers); the upstream schema dropped the requirement altogether
 * because draft-04 could not say "unless". We can.
 */
const linuxDevice = obj(
  {
    type: oneOfStrings(['c', 'b', 'u', 'p'], { req: true }),
    path: str({ req: true }),
    major: devNum(),
    minor: devNum(),
    fileMode: fileMode(),
    uid: int('uint32'),
    gid: int('uint32'),
  },
  {
    def: 'LinuxDevice',
    extra: () => [
      { if: { properties: { type: { const: 'p' } }, required: ['type'] }, else: { required: ['major', 'minor'] } },
    ],
  },
);

const namespaceTypes = [
  'mount',
  'pid',
  'network',
  'uts',
  'ipc',
  'user',
  'cgroup',
  { value: 'time', since: '1.1.0' },
] as const;

const deviceRef = { major: devNum(), minor: devNum() };
const blkioWeight = () => int('uint16');
// The text requires rate on every throttle entry; the upstream schema does not.
const throttle = obj({ major: at(devNum(), { req: true }), minor: at(devNum(), { req: true }), rate: int('uint64', { req: true }) }, { def: 'BlockIOThrottle' });
const throttleList = () => arr(throttle);

const seccompActions = [
  'SCMP_ACT_KILL',
  { value: 'SCMP_ACT_KILL_PROCESS', since: '1.1.0' },
  { value: 'SCMP_ACT_KILL_THREAD', since: '1.1.0' },
  'SCMP_ACT_TRAP',
  'SCMP_ACT_ERRNO',
  'SCMP_ACT_TRACE',
  'SCMP_ACT_ALLOW',
  { value: 'SCMP_ACT_LOG', since: '1.0.2' },
  { value: 'SCMP_ACT_NOTIFY', since: '1.1.0' },
] as const;

const seccompArches = [
  'SCMP_ARCH_X86',
  'SCMP_ARCH_X86_64',
  'SCMP_ARCH_X32',
  'SCMP_ARCH_ARM',
  'SCMP_ARCH_AARCH64',
  { value: 'SCMP_ARCH_LOONGARCH64', since: '1.2.1' },
  { value: 'SCMP_ARCH_M68K', since: '1.2.1' },
  'SCMP_ARCH_MIPS',
  'SCMP_ARCH_MIPS64',
  'SCMP_ARCH_MIPS64N32',
  'SCMP_ARCH_MIPSEL',
  'SCMP_ARCH_MIPSEL64',
  'SCMP_ARCH_MIPSEL64N32',
  'SCMP_ARCH_PPC',
  'SCMP_ARCH_PPC64',
  'SCMP_ARCH_PPC64LE',
  'SCMP_ARCH_S390',
  'SCMP_ARCH_S390X',
  { value: 'SCMP_ARCH_SH', since: '1.2.1' },
  { value: 'SCMP_ARCH_SHEB', since: '1.2.1' },
  'SCMP_ARCH_PARISC',
  'SCMP_ARCH_PARISC64',
  { value: 'SCMP_ARCH_RISCV64', since: '1.1.0' },
] as const;

const seccompAction = () => oneOfStrings([...seccompActions]);

const seccomp = obj({
  // The text gives defaultAction the same values as syscalls[].action in every release.
  defaultAction: at(seccompAction(), { req: true }),
  defaultErrnoRet: int('uint32', { since: '1.1.0' }),
  architectures: arr(oneOfStrings([...seccompArches])),
  flags: arr(
    oneOfStrings([
      'SECCOMP_FILTER_FLAG_TSYNC',
      'SECCOMP_FILTER_FLAG_LOG',
      'SECCOMP_FILTER_FLAG_SPEC_ALLOW',
      { value: 'SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV', since: '1.1.0' },
    ]),
    { since: '1.0.2' },
  ),
  listenerPath: str({ since: '1.1.0' }),
  listenerMetadata: str({ since: '1.1.0' }),
  syscalls: arr(
    obj({
      names: strings({ req: true, minItems: 1 }),
      action: at(seccompAction(), { req: true }),
      errnoRet: int('uint32', { since: '1.1.0' }),
      args: arr(
        obj({
          index: int('uint32', { req: true }),
          value: int('uint64', { req: true }),
          valueTwo: int('uint64'),
          op: oneOfStrings(
            ['SCMP_CMP_NE', 'SCMP_CMP_LT', 'SCMP_CMP_LE', 'SCMP_CMP_EQ', 'SCMP_CMP_GE', 'SCMP_CMP_GT', 'SCMP_CMP_MASKED_EQ'],
            { req: true },
          ),
        }),
      ),
    }),
  ),
});

const resources = obj({
  devices: arr(
    obj({
      allow: bool({ req: true }),
      type: str(),
      major: devNum(),
      minor: devNum(),
      access: str(),
    }),
  ),
  memory: obj({
    limit: int('int64'),
    reservation: int('int64'),
    swap: int('int64'),
    kernel: int('int64'),
    kernelTCP: int('int64'),
    swappiness: int('uint64'),
    disableOOMKiller: bool(),
    useHierarchy: bool({ since: '1.0.2' }),
    checkBeforeUpdate: bool({ since: '1.1.0' }),
  }),
  cpu: obj({
    shares: int('uint64'),
    quota: int('int64'),
    burst: int('uint64', { since: '1.1.0' }),
    period: int('uint64'),
    realtimeRuntime: int('int64'),
    realtimePeriod: int('uint64'),
    cpus: str(),
    mems: str(),
    idle: int('int64', { since: '1.1.0' }),
  }),
  blockIO: obj({
    weight: blkioWeight(),
    leafWeight: blkioWeight(),
    weightDevice: arr(
      obj({
        major: at(deviceRef.major, { req: true }),
        minor: at(deviceRef.minor, { req: true }),
        weight: blkioWeight(),
        leafWeight: blkioWeight(),
      }),
    ),
    throttleReadBpsDevice: throttleList(),
    throttleWriteBpsDevice: throttleList(),
    // The text spells these "IOPS" in every release; only the 1.0.0 schema said "Iops".
    throttleReadIOPSDevice: throttleList(),
    throttleWriteIOPSDevice: throttleList(),
  }),
  hugepageLimits: arr(
    obj({
      // The text gives the format from 1.0.2 on.
      pageSize: str({
        req: true,
        variants: [
          {
            since: '1.0.2',
            set: { pattern: '^[1-9][0-9]*[KMG]B$', patternText: 'a size with a K, M or G unit such as "2MB"' },
          },
        ],
      }),
      limit: int('uint64', { req: true }),
    }),
  ),
  network: obj({
    classID: int('uint32'),
    priorities: arr(obj({ name: str({ req: true }), priority: int('uint32', { req: true }) })),
  }),
  // 1.3.0 made the limit optional (absent or -1 means no limit).
  pids: obj({ limit: int('int64', { req: { until: '1.3.0' } }) }),
  rdma: map(obj({ hcaHandles: int('uint32'), hcaObjects: int('uint32') }), { since: '1.0.2' }),
  unified: map(str(), { since: '1.1.0' }),
});

const timeOffset = () => obj({ secs: int('int64'), nanosecs: int('uint32') });

export const linuxNode: ObjectNode = obj(
  {
    namespaces: arr(obj({ type: oneOfStrings([...namespaceTypes], { req: true }), path: str() })),
    uidMappings: idMappings(),
    gidMappings: idMappings(),
    timeOffsets: obj({ boottime: timeOffset(), monotonic: timeOffset() }, { since: '1.1.0' }),
    devices: arr(linuxDevice),
    netDevices: map(obj({ name: str() }), { since: '1.3.0' }),
    cgroupsPath: str(),
    resources,
    intelRdt: obj({
      closID: str({ since: '1.0.2' }),
      l3CacheSchema: str(),
      memBwSchema: str({
        since: '1.0.2',
        pattern: '^MB:[^\\n]*$',
        patternText: 'a single line starting with "MB:"',
      }),
      schemata: strings({ since: '1.3.0' }),
      enableCMT: bool({ since: '1.1.0', until: '1.3.0' }),
      enableMBM: bool({ since: '1.1.0', until: '1.3.0' }),
      enableMonitoring: bool({ since: '1.3.0' }),
    }),
    memoryPolicy: obj(
      {
        mode: oneOfStrings(
          [
            'MPOL_DEFAULT',
            'MPOL_BIND',
            'MPOL_INTERLEAVE',
            'MPOL_WEIGHTED_INTERLEAVE',
            'MPOL_PREFERRED',
            'MPOL_PREFERRED_MANY',
            'MPOL_LOCAL',
          ],
          { req: true },
        ),
        nodes: str(),
        flags: arr(oneOfStrings(['MPOL_F_NUMA_BALANCING', 'MPOL_F_RELATIVE_NODES', 'MPOL_F_STATIC_NODES'])),
      },
      { since: '1.3.0' },
    ),
    sysctl: map(str()),
    seccomp,
    rootfsPropagation: oneOfStrings(['private', 'shared', 'slave', 'unbindable']),
    maskedPaths: strings(),
    readonlyPaths: strings(),
    mountLabel: str(),
    personality: obj(
      { domain: oneOfStrings(['LINUX', 'LINUX32'], { req: true }), flags: strings() },
      { since: '1.0.2' },
    ),
  },
  { platform: 'linux' },
);
