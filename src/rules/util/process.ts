// Reference sets and small helpers shared by the process.* rules. Not a rule (the registry test
// reads only src/rules/*.ts).

import { displayPath } from '../../json/pointer.js';
import { MountPoints, startsEmpty } from './mounts.js';

/** `process.env[3]` for path segments. */
export function field(...path: (string | number)[]): string {
  return displayPath(path);
}

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

/** capabilities(7) as of Linux 5.9 and later (CAP_CHECKPOINT_RESTORE is number 40, the last). */
export const CAPABILITIES: readonly string[] = [
  'CAP_CHOWN', 'CAP_DAC_OVERRIDE', 'CAP_DAC_READ_SEARCH', 'CAP_FOWNER', 'CAP_FSETID', 'CAP_KILL', 'CAP_SETGID',
  'CAP_SETUID', 'CAP_SETPCAP', 'CAP_LINUX_IMMUTABLE', 'CAP_NET_BIND_SERVICE', 'CAP_NET_BROADCAST', 'CAP_NET_ADMIN',
  'CAP_NET_RAW', 'CAP_IPC_LOCK', 'CAP_IPC_OWNER', 'CAP_SYS_MODULE', 'CAP_SYS_RAWIO', 'CAP_SYS_CHROOT',
  'CAP_SYS_PTRACE', 'CAP_SYS_PACCT', 'CAP_SYS_ADMIN', 'CAP_SYS_BOOT', 'CAP_SYS_NICE', 'CAP_SYS_RESOURCE',
  'CAP_SYS_TIME', 'CAP_SYS_TTY_CONFIG', 'CAP_MKNOD', 'CAP_LEASE', 'CAP_AUDIT_WRITE', 'CAP_AUDIT_CONTROL',
  'CAP_SETFCAP', 'CAP_MAC_OVERRIDE', 'CAP_MAC_ADMIN', 'CAP_SYSLOG', 'CAP_WAKE_ALARM', 'CAP_BLOCK_SUSPEND',
  'CAP_AUDIT_READ', 'CAP_PERFMON', 'CAP_BPF', 'CAP_CHECKPOINT_RESTORE',
];

/** CAPABILITIES, for lookups. */
export const CAPABILITY_NAMES: ReadonlySet<string> = new Set(CAPABILITIES);

export const CAPABILITY_SETS = ['bounding', 'effective', 'inheritable', 'permitted', 'ambient'] as const;
export type CapabilitySet = (typeof CAPABILITY_SETS)[number];

/** True when the config has a uts namespace entry (new or joined by path). */
export function hasNamespace(config: unknown, type: string): boolean {
  if (typeof config !== 'object' || config === null) return false;
  const linux = (config as Record<string, unknown>)['linux'];
  if (typeof linux !== 'object' || linux === null) return false;
  const ns = (linux as Record<string, unknown>)['namespaces'];
  if (!Array.isArray(ns)) return false;
  return ns.some((n) => typeof n === 'object' && n !== null && (n as Record<string, unknown>)['type'] === type);
}

/** Lexically cleans an absolute path: collapses slashes and `.`; `..` is left to the resolver. */
export function cleanPath(p: string): string {
  if (p === '/' || (p.charCodeAt(0) === 0x2f && !p.endsWith('/') && !p.includes('//') && !p.includes('/./') && !p.endsWith('/.'))) return p;
  const parts = p.split('/').filter((s) => s !== '' && s !== '.');
  return '/' + parts.join('/');
}

/**
 * Every mount's destination (cleaned, absolute), for rules that must not judge what a mount
 * supplies, with the plain tmpfs mounts marked: what lies under one of those cannot exist.
 */
export function mountPointsOf(mounts: unknown[] | undefined): MountPoints {
  const points = new MountPoints();
  for (const m of mounts ?? []) {
    if (m === null || typeof m !== 'object') continue;
    const { destination: d, type, options } = m as Record<string, unknown>;
    if (typeof d === 'string') points.add(cleanPath(d.startsWith('/') ? d : '/' + d), startsEmpty(type, options));
  }
  return points;
}
