// Mutations of a valid bundle, for the differential test against real runtimes. Each one changes
// one thing; the bundle starts as fixtures/bundles/hello with ociVersion 1.0.2 (a version every
// runtime here accepts), so a verdict is about the mutation alone.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { elf } from '../helpers/elf.js';
import { fixturesDir } from '../helpers/paths.js';
import type { Json } from '../helpers/runtimes.js';

export interface Mutation {
  name: string;
  /** Changes the parsed config in place and/or the bundle directory; may return raw config bytes. */
  apply(config: Json, bundleDir: string): void | string | Buffer;
  /** Removes what a runtime leaves on the host for this bundle, after each runtime has judged it. */
  cleanup?(): void;
}

/**
 * crun follows a cgroupsPath's ".." out of each controller's mount: on a cgroup v1 host,
 * "/ocilint-a/../../ocilint-b" leaves an empty cgroup ocilint-a in every controller and a directory
 * of plain files, ocilint-b, on the tmpfs at /sys/fs/cgroup (crun 1.8.1).
 */
function removeCgroupLeftovers(): void {
  const root = '/sys/fs/cgroup';
  for (const c of ['', ...(fs.readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name))]) {
    try {
      fs.rmdirSync(path.join(root, c, 'ocilint-a'));
    } catch {
      // not there, or not empty: left as it is
    }
  }
  const stray = path.join(root, 'ocilint-b');
  try {
    // A plain directory on the tmpfs; a real cgroup (cgroup v2) refuses the unlinks and stays.
    fs.rmSync(stray, { recursive: true, force: true });
  } catch {
    try {
      fs.rmdirSync(stray);
    } catch {
      // left as it is
    }
  }
}

/** The device number of the filesystem / is on (Linux encoding of st_dev); 0:N on an overlay root. */
const rootDevice = (): { major: number; minor: number } => {
  const dev = fs.statSync('/').dev;
  return { major: Math.floor(dev / 256) & 0xfff, minor: (dev & 0xff) | (Math.floor(dev / 4096) & 0xfff00) };
};
const ns = (c: Json) => c['linux']['namespaces'] as { type: string; path?: string }[];
const dropNs = (c: Json, type: string) => (c['linux']['namespaces'] = ns(c).filter((n) => n.type !== type));

export const MUTATIONS: Mutation[] = [
  { name: 'unchanged', apply: () => {} },
  { name: 'ociVersion 1.1.0', apply: (c) => void (c['ociVersion'] = '1.1.0') },
  { name: 'ociVersion 1.2.0', apply: (c) => void (c['ociVersion'] = '1.2.0') },
  { name: 'ociVersion not semver', apply: (c) => void (c['ociVersion'] = '1.0') },
  { name: 'root.path missing', apply: (c) => void (c['root']['path'] = 'nope') },
  { name: 'root.path a symlink', apply: (c, d) => { fs.symlinkSync('rootfs', path.join(d, 'rootlink')); c['root']['path'] = 'rootlink'; } },
  { name: 'root.path a file', apply: (c, d) => { fs.writeFileSync(path.join(d, 'afile'), 'x'); c['root']['path'] = 'afile'; } },
  { name: 'bind source relative, in the bundle', apply: (c, d) => { fs.mkdirSync(path.join(d, 'data')); c['mounts'].push({ destination: '/mnt', type: 'bind', source: 'data', options: ['rbind', 'ro'] }); } },
  { name: 'bind source relative, missing', apply: (c) => void c['mounts'].push({ destination: '/mnt', type: 'bind', source: 'nodata', options: ['rbind', 'ro'] }) },
  { name: 'bind source relative, under a file', apply: (c, d) => { fs.writeFileSync(path.join(d, 'afile'), 'x'); c['mounts'].push({ destination: '/mnt', type: 'bind', source: 'afile/x', options: ['rbind', 'ro'] }); } },
  { name: 'root.path the bundle directory', apply: (c, d) => { fs.cpSync(path.join(d, 'rootfs'), d, { recursive: true, verbatimSymlinks: true }); c['root']['path'] = '.'; } },
  { name: 'root.path absolute, into the bundle', apply: (c, d) => void (c['root']['path'] = path.join(d, 'rootfs')) },
  { name: 'root.path the bundle directory, without the program', apply: (c, d) => { fs.cpSync(path.join(d, 'rootfs'), d, { recursive: true, verbatimSymlinks: true }); fs.rmSync(path.join(d, 'bin/hello')); c['root']['path'] = '.'; } },
  { name: 'args empty', apply: (c) => void (c['process']['args'] = []) },
  { name: 'args missing', apply: (c) => void delete c['process']['args'] },
  { name: 'args[0] empty string', apply: (c) => void (c['process']['args'] = ['']) },
  { name: 'args[0] absent from rootfs', apply: (c) => void (c['process']['args'] = ['/bin/nothere']) },
  { name: 'args[0] not executable', apply: (_c, d) => { fs.chmodSync(path.join(d, 'rootfs/bin/hello'), 0o644); } },
  { name: 'args[0] a directory', apply: (c) => void (c['process']['args'] = ['/etc']) },
  { name: 'args[0] bare name on PATH', apply: (c) => void (c['process']['args'] = ['hello']) },
  { name: 'args[0] bare name, no PATH', apply: (c) => { c['process']['args'] = ['hello']; c['process']['env'] = ['TERM=xterm']; } },
  { name: 'args[0] relative to cwd', apply: (c) => { c['process']['cwd'] = '/bin'; c['process']['args'] = ['./hello']; } },
  { name: 'cwd relative', apply: (c) => void (c['process']['cwd'] = 'tmp') },
  { name: 'cwd empty', apply: (c) => void (c['process']['cwd'] = '') },
  { name: 'cwd missing in rootfs', apply: (c) => void (c['process']['cwd'] = '/srv/app') },
  { name: 'cwd a file', apply: (c) => void (c['process']['cwd'] = '/bin/hello') },
  { name: 'uid as a string', apply: (c) => void (c['process']['user']['uid'] = '0') },
  { name: 'uid out of range', apply: (c) => void (c['process']['user']['uid'] = 4294967296) },
  { name: 'env entry without =', apply: (c) => void c['process']['env'].push('JUSTANAME') },
  { name: 'env entry with empty name', apply: (c) => void c['process']['env'].push('=value') },
  { name: 'rlimit unknown type', apply: (c) => void (c['process']['rlimits'] = [{ type: 'RLIMIT_FOO', hard: 1, soft: 1 }]) },
  { name: 'rlimit lower-case type', apply: (c) => void (c['process']['rlimits'] = [{ type: 'rlimit_nofile', hard: 1024, soft: 1024 }]) },
  { name: 'rlimit soft above hard', apply: (c) => void (c['process']['rlimits'] = [{ type: 'RLIMIT_NOFILE', hard: 512, soft: 1024 }]) },
  { name: 'rlimit duplicated', apply: (c) => void (c['process']['rlimits'] = [{ type: 'RLIMIT_NOFILE', hard: 1024, soft: 1024 }, { type: 'RLIMIT_NOFILE', hard: 512, soft: 512 }]) },
  { name: 'capability unknown', apply: (c) => void c['process']['capabilities']['bounding'].push('CAP_FOO') },
  { name: 'oomScoreAdj 2000', apply: (c) => void (c['process']['oomScoreAdj'] = 2000) },
  { name: 'hostname without UTS namespace', apply: (c) => void dropNs(c, 'uts') },
  { name: 'domainname without UTS namespace', apply: (c) => { c['ociVersion'] = '1.1.0'; c['domainname'] = 'example.org'; delete c['hostname']; dropNs(c, 'uts'); } },
  { name: 'namespace duplicated', apply: (c) => void ns(c).push({ type: 'pid' }) },
  { name: 'namespace type unknown', apply: (c) => void ns(c).push({ type: 'pdi' }) },
  { name: 'namespace path relative', apply: (c) => void (ns(c).find((n) => n.type === 'ipc')!.path = 'proc/1/ns/ipc') },
  { name: 'no mount namespace with maskedPaths', apply: (c) => void dropNs(c, 'mount') },
  { name: 'user namespace without mappings', apply: (c) => void ns(c).push({ type: 'user' }) },
  {
    name: 'user namespace, process user unmapped',
    apply: (c) => {
      ns(c).push({ type: 'user' });
      c['linux']['uidMappings'] = [{ containerID: 0, hostID: 100000, size: 1000 }];
      c['linux']['gidMappings'] = [{ containerID: 0, hostID: 100000, size: 1000 }];
    },
  },
  { name: 'no /proc mount', apply: (c) => void (c['mounts'] = c['mounts'].filter((m: Json) => m['destination'] !== '/proc')) },
  { name: 'no mounts block', apply: (c) => void delete c['mounts'] },
  { name: 'no linux block', apply: (c) => { delete c['linux']; delete c['hostname']; } },
  { name: 'mount destination relative', apply: (c) => void c['mounts'].push({ destination: 'data', type: 'tmpfs', source: 'tmpfs' }) },
  { name: 'mount type bind without bind option', apply: (c) => void c['mounts'].push({ destination: '/mnt', type: 'bind', source: '/tmp' }) },
  { name: 'bind mount inside /proc', apply: (c) => void c['mounts'].push({ destination: '/proc/cpuinfo', type: 'bind', source: '/etc/hostname', options: ['bind', 'ro'] }) },
  { name: 'mount without type or bind option', apply: (c) => void c['mounts'].push({ destination: '/mnt', source: '/tmp' }) },
  { name: 'device type invalid', apply: (c) => void (c['linux']['devices'] = [{ path: '/dev/x', type: 'x', major: 1, minor: 3 }]) },
  { name: 'device cgroup type invalid', apply: (c) => void (c['linux']['resources']['devices'] = [{ allow: false, type: 'x', access: 'rwm' }]) },
  { name: 'device cgroup access empty', apply: (c) => void (c['linux']['resources']['devices'] = [{ allow: false, access: '' }]) },
  { name: 'sysctl net.* without network namespace', apply: (c) => { dropNs(c, 'network'); c['linux']['sysctl'] = { 'net.ipv4.ip_forward': '1' }; } },
  { name: 'sysctl net.* with network namespace', apply: (c) => void (c['linux']['sysctl'] = { 'net.ipv4.ip_forward': '1' }) },
  { name: 'sysctl not namespaced', apply: (c) => void (c['linux']['sysctl'] = { 'vm.swappiness': '10' }) },
  { name: 'sysctl value not an integer', apply: (c) => void (c['linux']['sysctl'] = { 'net.ipv4.ip_forward': 'true' }) },
  { name: 'sysctl value in hex', apply: (c) => void (c['linux']['sysctl'] = { 'net.ipv4.ip_forward': '0x1' }) },
  { name: 'sysctl user.* without user namespace', apply: (c) => void (c['linux']['sysctl'] = { 'user.max_user_namespaces': '0' }) },
  {
    name: 'sysctl user.* with user namespace',
    apply: (c) => {
      ns(c).push({ type: 'user' });
      c['linux']['uidMappings'] = [{ containerID: 0, hostID: 100000, size: 65536 }];
      c['linux']['gidMappings'] = [{ containerID: 0, hostID: 100000, size: 65536 }];
      c['linux']['sysctl'] = { 'user.max_user_namespaces': '0' };
    },
  },
  { name: 'args[0] through a relative PATH entry', apply: (c) => { c['process']['env'] = ['PATH=bin']; c['process']['args'] = ['hello']; } },
  { name: 'args[0] with a trailing slash', apply: (c) => void (c['process']['args'] = ['/bin/hello/']) },
  { name: 'uid 4294967295', apply: (c) => void (c['process']['user'] = { uid: 4294967295, gid: 1000 }) },
  { name: 'additionalGids 65536', apply: (c) => void (c['process']['user']['additionalGids'] = Array.from({ length: 65536 }, (_, i) => i + 1)) },
  { name: 'additionalGids 65537', apply: (c) => void (c['process']['user']['additionalGids'] = Array.from({ length: 65537 }, (_, i) => i + 1)) },
  { name: 'device major above 4095', apply: (c) => void (c['linux']['devices'] = [{ path: '/dev/ocilint-x', type: 'c', major: 5000, minor: 1 }]) },
  { name: 'memory limit -2', apply: (c) => void (c['linux']['resources']['memory'] = { limit: -2 }) },
  { name: 'memory reservation -2', apply: (c) => void (c['linux']['resources']['memory'] = { reservation: -2 }) },
  { name: 'cpuset cpus with an empty entry', apply: (c) => void (c['linux']['resources']['cpu'] = { cpus: '0,' }) },
  { name: 'cpuset cpus selecting nothing', apply: (c) => void (c['linux']['resources']['cpu'] = { cpus: ',' }) },
  { name: 'cpu idle 2', apply: (c) => { c['ociVersion'] = '1.1.0'; c['linux']['resources']['cpu'] = { idle: 2 }; } },
  { name: 'cpu quota -1', apply: (c) => void (c['linux']['resources']['cpu'] = { quota: -1, period: 100000 }) },
  { name: 'sysfs mounted twice on /sys', apply: (c) => void c['mounts'].push({ destination: '/sys', type: 'sysfs', source: 'sysfs', options: ['nosuid', 'noexec', 'nodev', 'ro'] }) },
  { name: 'cgroupsPath the root', apply: (c) => void (c['linux']['cgroupsPath'] = '/') },
  { name: 'cgroupsPath .. above the root', apply: (c) => void (c['linux']['cgroupsPath'] = '/ocilint-a/../../ocilint-b'), cleanup: removeCgroupLeftovers },
  { name: 'sysctl kernel.shmmax without IPC namespace', apply: (c) => { dropNs(c, 'ipc'); c['linux']['sysctl'] = { 'kernel.shmmax': '1000000' }; } },
  { name: 'seccomp errnoRet 4095', apply: (c) => void (c['linux']['seccomp'] = { defaultAction: 'SCMP_ACT_ALLOW', syscalls: [{ names: ['getcwd'], action: 'SCMP_ACT_ERRNO', errnoRet: 4095 }] }) },
  { name: 'seccomp errnoRet 65537', apply: (c) => void (c['linux']['seccomp'] = { defaultAction: 'SCMP_ACT_ALLOW', syscalls: [{ names: ['getcwd'], action: 'SCMP_ACT_ERRNO', errnoRet: 65537 }] }) },
  { name: 'seccomp unknown action', apply: (c) => void (c['linux']['seccomp'] = { defaultAction: 'SCMP_ACT_NOPE' }) },
  { name: 'seccomp unknown architecture', apply: (c) => void (c['linux']['seccomp'] = { defaultAction: 'SCMP_ACT_ALLOW', architectures: ['SCMP_ARCH_Z80'] }) },
  { name: 'seccomp flags', apply: (c) => void (c['linux']['seccomp'] = { defaultAction: 'SCMP_ACT_ALLOW', flags: ['SECCOMP_FILTER_FLAG_LOG'] }) },
  { name: 'seccomp unknown syscall name', apply: (c) => void (c['linux']['seccomp'] = { defaultAction: 'SCMP_ACT_ALLOW', syscalls: [{ names: ['nosuchsyscall'], action: 'SCMP_ACT_ERRNO' }] }) },
  { name: 'rootfsPropagation invalid', apply: (c) => void (c['linux']['rootfsPropagation'] = 'sideways') },
  { name: 'personality domain unknown', apply: (c) => void (c['linux']['personality'] = { domain: 'LINUX64' }) },
  { name: 'hook path relative', apply: (c) => void (c['hooks'] = { createRuntime: [{ path: 'no-such-hook-binary' }] }) },
  { name: 'no process', apply: (c) => void delete c['process'] },
  { name: 'RLIMIT_NOFILE soft 3', apply: (c) => void (c['process']['rlimits'] = [{ type: 'RLIMIT_NOFILE', hard: 1024, soft: 3 }]) },
  { name: 'tmpfs on a rootfs file', apply: (c) => void c['mounts'].push({ destination: '/bin/hello', type: 'tmpfs', source: 'tmpfs' }) },
  { name: 'mount point below a rootfs file', apply: (c) => void c['mounts'].push({ destination: '/bin/hello/x', type: 'bind', source: '/etc/hostname', options: ['bind', 'ro'] }) },
  { name: 'proc on a rootfs file', apply: (_c, d) => { fs.rmSync(path.join(d, 'rootfs/proc'), { recursive: true }); fs.writeFileSync(path.join(d, 'rootfs/proc'), ''); } },
  { name: 'tmpfs on a dangling symlink', apply: (c, d) => { fs.symlinkSync('/nothere', path.join(d, 'rootfs/bin/lnk')); c['mounts'].push({ destination: '/bin/lnk', type: 'tmpfs', source: 'tmpfs' }); } },
  { name: 'cpu shares 1', apply: (c) => void (c['linux']['resources']['cpu'] = { shares: 1 }) },
  { name: 'memory swappiness 101', apply: (c) => void (c['linux']['resources']['memory']['swappiness'] = 101) },
  { name: 'memory swappiness 201', apply: (c) => void (c['linux']['resources']['memory']['swappiness'] = 201) },
  { name: 'pids limit -1', apply: (c) => void (c['linux']['resources']['pids'] = { limit: -1 }) },
  { name: 'device cgroup minor -1', apply: (c) => void c['linux']['resources']['devices'].push({ allow: true, type: 'c', major: 1, minor: -1, access: 'r' }) },
  { name: 'device cgroup access rwx', apply: (c) => void c['linux']['resources']['devices'].push({ allow: true, type: 'c', major: 1, minor: 3, access: 'rwx' }) },
  { name: 'device cgroup deny-all access x', apply: (c) => void (c['linux']['resources']['devices'] = [{ allow: false, access: 'x' }]) },
  { name: 'device path relative', apply: (c) => void (c['linux']['devices'] = [{ path: 'dev/null2', type: 'c', major: 1, minor: 3 }]) },
  { name: 'device over a rootfs file', apply: (c) => void (c['linux']['devices'] = [{ path: '/bin/hello', type: 'c', major: 1, minor: 3 }]) },
  { name: 'maskedPaths relative', apply: (c) => void c['linux']['maskedPaths'].push('proc/kcore') },
  { name: 'mount destination with NUL', apply: (c) => void c['mounts'].push({ destination: '/mnt\u0000x', type: 'tmpfs', source: 'tmpfs' }) },
  { name: 'seccomp errnoRet with SCMP_ACT_ALLOW', apply: (c) => { c['ociVersion'] = '1.1.0'; c['linux']['seccomp'] = { defaultAction: 'SCMP_ACT_ALLOW', syscalls: [{ names: ['personality'], action: 'SCMP_ACT_ALLOW', errnoRet: 1 }] }; } },
  { name: 'seccomp NOTIFY without listenerPath', apply: (c) => { c['ociVersion'] = '1.1.0'; c['linux']['seccomp'] = { defaultAction: 'SCMP_ACT_ALLOW', syscalls: [{ names: ['personality'], action: 'SCMP_ACT_NOTIFY' }] }; } },
  { name: 'seccomp rule without names', apply: (c) => void (c['linux']['seccomp'] = { defaultAction: 'SCMP_ACT_ALLOW', syscalls: [{ names: [], action: 'SCMP_ACT_ERRNO' }] }) },
  { name: 'annotations empty key', apply: (c) => void (c['annotations'] = { '': 'x' }) },
  { name: 'time namespace', apply: (c) => { c['ociVersion'] = '1.1.0'; ns(c).push({ type: 'time' }); } },
  { name: 'time namespace without a PID namespace', apply: (c) => { c['ociVersion'] = '1.1.0'; dropNs(c, 'pid'); ns(c).push({ type: 'time' }); } },
  { name: 'JSON syntax error', apply: (c) => JSON.stringify(c, null, 2).replace(/\n}\s*$/, ',\n}\n') },
  { name: 'byte-order mark', apply: (c) => '\uFEFF' + JSON.stringify(c, null, 2) },
  { name: 'duplicate key', apply: (c) => JSON.stringify(c, null, 2).replace('"ociVersion": "1.0.2"', '"ociVersion": "1.0.2", "ociVersion": "1.0.2"') },
  { name: 'unknown property', apply: (c) => void (c['process']['noNewPrivilege'] = true) },
];

/**
 * Mutations whose verdict depends on the machine (what exists on it, its kernel, its LSMs): linted
 * with --host-specific on the same machine the runtimes run on, so the two judge the same host.
 */
export const HOST_MUTATIONS: Mutation[] = [
  { name: 'bind source missing', apply: (c) => void c['mounts'].push({ destination: '/mnt', type: 'bind', source: '/nonexistent/source', options: ['rbind', 'ro'] }) },
  { name: 'bind source relative and missing', apply: (c) => void c['mounts'].push({ destination: '/mnt', type: 'bind', source: 'relative/src', options: ['rbind', 'ro'] }) },
  { name: 'bind source relative, in the bundle', apply: (c, d) => { fs.mkdirSync(path.join(d, 'data')); c['mounts'].push({ destination: '/mnt', type: 'bind', source: 'data', options: ['rbind', 'ro'] }); } },
  { name: 'bind a file onto a rootfs directory', apply: (c) => void c['mounts'].push({ destination: '/etc', type: 'bind', source: '/etc/hostname', options: ['bind', 'ro'] }) },
  { name: 'bind a directory onto a rootfs file', apply: (c) => void c['mounts'].push({ destination: '/bin/hello', type: 'bind', source: '/etc', options: ['rbind', 'ro'] }) },
  { name: 'bind a file onto a rootfs file', apply: (c) => void c['mounts'].push({ destination: '/etc/passwd', type: 'bind', source: '/etc/hostname', options: ['bind', 'ro'] }) },
  { name: 'sysctl the kernel does not have', apply: (c) => void (c['linux']['sysctl'] = { 'net.ipv4.nosuchkey': '1' }) },
  { name: 'sysctl that is a group', apply: (c) => void (c['linux']['sysctl'] = { 'net.ipv4': '1' }) },
  { name: 'namespace path missing', apply: (c) => void (ns(c).find((n) => n.type === 'ipc')!.path = '/proc/999999999/ns/ipc') },
  { name: 'createRuntime hook missing', apply: (c) => void (c['hooks'] = { createRuntime: [{ path: '/nonexistent/hook' }] }) },
  { name: 'unified cgroup resources', apply: (c) => { c['ociVersion'] = '1.1.0'; c['linux']['resources']['unified'] = { 'pids.max': '10' }; } },
  { name: 'hugepage limits', apply: (c) => void (c['linux']['resources']['hugepageLimits'] = [{ pageSize: '2MB', limit: 209715200 }]) },
  { name: 'network classID', apply: (c) => void (c['linux']['resources']['network'] = { classID: 1048577 }) },
  { name: 'network priorities', apply: (c) => void (c['linux']['resources']['network'] = { priorities: [{ name: 'eth0', priority: 500 }] }) },
  { name: 'rdma limits', apply: (c) => void (c['linux']['resources']['rdma'] = { mlx5_1: { hcaHandles: 3, hcaObjects: 10000 } }) },
  { name: 'block IO throttle on a device no host has', apply: (c) => void (c['linux']['resources']['blockIO'] = { throttleWriteIOPSDevice: [{ major: 4095, minor: 4095, rate: 100 }] }) },
  { name: 'block IO throttle on the root filesystem\'s device', apply: (c) => void (c['linux']['resources']['blockIO'] = { throttleReadBpsDevice: [{ ...rootDevice(), rate: 1048576 }] }) },
  { name: 'Intel RDT cache schema', apply: (c) => void (c['linux']['intelRdt'] = { l3CacheSchema: 'L3:0=7f0' }) },
  { name: 'cpuset beyond the online CPUs', apply: (c) => void (c['linux']['resources']['cpu'] = { cpus: '0-4095' }) },
  { name: 'AppArmor profile not loaded', apply: (c) => void (c['process']['apparmorProfile'] = 'ocilint-no-such-profile') },
  { name: 'SELinux process label', apply: (c) => void (c['process']['selinuxLabel'] = 'system_u:system_r:container_t:s0') },
];

/** A file in the bundle's rootfs, mode 0755 unless told. */
const put = (d: string, rel: string, data: string | Uint8Array, mode = 0o755) => {
  const p = path.join(d, 'rootfs', rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, data);
  fs.chmodSync(p, mode);
};
const hello = (d: string) => fs.readFileSync(path.join(d, 'rootfs/bin/hello'));
const run = (c: Json, args0: string) => void (c['process']['args'] = [args0]);
/** The hello program as a dynamically linked one, whose PT_INTERP names `loader`. */
const dynamic = (loader: string): Uint8Array => elf({ type: 3, interp: loader });
/** Scripts /bin/s1 .. /bin/sN, each running the next and the last running /bin/hello. */
/** A new user namespace whose root is host uid and gid `hostRoot` (plus the host's root as container id 5 with `ownerToo`), with the capabilities that override file modes. */
const userns = (c: Json, hostRoot: number, ownerToo = false) => {
  ns(c).push({ type: 'user' });
  const maps = [{ containerID: 0, hostID: hostRoot, size: 1 }, ...(ownerToo ? [{ containerID: 5, hostID: 0, size: 1 }] : [])];
  c['linux']['uidMappings'] = maps;
  c['linux']['gidMappings'] = maps;
  c['process']['user'] = { uid: 0, gid: 0 };
  const caps = ['CAP_DAC_OVERRIDE', 'CAP_DAC_READ_SEARCH'];
  c['process']['capabilities'] = { bounding: caps, effective: caps, permitted: caps };
};
/** Podman's generated seccomp profile (a default of SCMP_ACT_ERRNO and a large allow list) with `entry` added first or last. */
const podmanSeccomp = (c: Json, entry: Json, first: boolean) => {
  const profile = JSON.parse(fs.readFileSync(path.join(fixturesDir, 'real/podman-generated/config.json'), 'utf8')).linux.seccomp;
  if (first) profile.syscalls.unshift(entry);
  else profile.syscalls.push(entry);
  c['linux']['seccomp'] = profile;
};
const scripts = (d: string, n: number) => {
  for (let i = 1; i <= n; i++) put(d, `bin/s${i}`, `#!${i === n ? '/bin/hello' : `/bin/s${i + 1}`}\n`);
};

/**
 * Mutations of the program itself, judged when the container starts (`--run`): the runtimes create
 * these containers and the exec fails. Linted with --host-specific, since the CPU architecture a
 * program needs is the machine's question. The hello program prints a line and exits 0, so a run with
 * exit status 0 is a start, anything else a failure.
 */
export const START_MUTATIONS: Mutation[] = [
  { name: 'the hello program', apply: () => {} },
  { name: 'a script run by the hello program', apply: (c, d) => { put(d, 'bin/greet', '#!/bin/hello\n'); run(c, '/bin/greet'); } },
  { name: 'an interpreter with spaces and an argument', apply: (c, d) => { put(d, 'bin/greet', '#!  /bin/hello  -x \n'); run(c, '/bin/greet'); } },
  { name: 'a relative interpreter from process.cwd', apply: (c, d) => { put(d, 'bin/greet', '#!bin/hello\n'); run(c, '/bin/greet'); } },
  { name: 'five nested scripts', apply: (c, d) => { scripts(d, 5); run(c, '/bin/s1'); } },
  { name: 'six nested scripts', apply: (c, d) => { scripts(d, 6); run(c, '/bin/s1'); } },
  { name: 'a script whose interpreter is missing', apply: (c, d) => { put(d, 'bin/greet', '#!/bin/bash\n'); run(c, '/bin/greet'); } },
  { name: 'a script with Windows line endings', apply: (c, d) => { put(d, 'bin/greet', '#!/bin/hello\r\n'); run(c, '/bin/greet'); } },
  { name: 'an interpreter without an execute bit', apply: (c, d) => { put(d, 'bin/greet', '#!/bin/tool\n'); put(d, 'bin/tool', hello(d), 0o644); run(c, '/bin/greet'); } },
  { name: 'an interpreter under a tmpfs', apply: (c, d) => { put(d, 'bin/greet', '#!/opt/hello\n'); put(d, 'opt/hello', hello(d)); c['mounts'].push({ destination: '/opt', type: 'tmpfs', source: 'tmpfs' }); run(c, '/bin/greet'); } },
  { name: 'a "#!" line without an interpreter', apply: (c, d) => { put(d, 'bin/greet', '#!\n'); run(c, '/bin/greet'); } },
  { name: 'text without a "#!" line', apply: (c, d) => { put(d, 'bin/greet', 'echo hello\n'); run(c, '/bin/greet'); } },
  { name: 'an argument with a NUL', apply: (c) => void (c['process']['args'] = ['/bin/hello', 'a\u0000b']) },
  { name: 'an empty program', apply: (c, d) => { put(d, 'bin/greet', ''); run(c, '/bin/greet'); } },
  { name: 'a relocatable object', apply: (c, d) => { put(d, 'bin/greet', elf({ type: 1 })); run(c, '/bin/greet'); } },
  { name: 'a dynamic program without its loader', apply: (c, d) => { put(d, 'bin/greet', dynamic('/lib/ld-musl-x86_64.so.1')); run(c, '/bin/greet'); } },
  { name: 'a dynamic program whose loader is a script', apply: (c, d) => { put(d, 'bin/greet', dynamic('/lib/ld.so')); put(d, 'lib/ld.so', '#!/bin/hello\n'); run(c, '/bin/greet'); } },
  { name: 'a dynamic program whose loader has no execute bit', apply: (c, d) => { put(d, 'bin/greet', dynamic('/lib/ld.so')); put(d, 'lib/ld.so', hello(d), 0o644); run(c, '/bin/greet'); } },
  { name: 'a program only its owner may run (the process is uid 65534)', apply: (_c, d) => fs.chmodSync(path.join(d, 'rootfs/bin/hello'), 0o700) },
  { name: 'a "#!" interpreter only its owner may run', apply: (c, d) => { put(d, 'bin/greet', '#!/bin/tool\n'); put(d, 'bin/tool', hello(d), 0o700); run(c, '/bin/greet'); } },
  { name: 'a directory only its owner may search', apply: (_c, d) => fs.chmodSync(path.join(d, 'rootfs/bin'), 0o700) },
  { name: 'a program only its owner may run, with CAP_DAC_OVERRIDE', apply: (c, d) => { fs.chmodSync(path.join(d, 'rootfs/bin/hello'), 0o700); for (const k of ['bounding', 'effective', 'permitted']) c['process']['capabilities'][k].push('CAP_DAC_OVERRIDE'); } },
  { name: 'a program for another CPU architecture', apply: (c, d) => { put(d, 'bin/greet', elf({ machine: os.machine() === 'aarch64' ? 62 : 183 })); run(c, '/bin/greet'); } },
  { name: 'an argument of 131071 bytes', apply: (c) => void (c['process']['args'] = ['/bin/hello', 'x'.repeat(131071)]) },
  { name: 'an argument of 131072 bytes', apply: (c) => void (c['process']['args'] = ['/bin/hello', 'x'.repeat(131072)]) },
  { name: 'RLIMIT_NPROC 0', apply: (c) => void (c['process']['rlimits'] = [{ type: 'RLIMIT_NPROC', soft: 0, hard: 0 }]) },
  { name: 'RLIMIT_FSIZE of 256 bytes', apply: (c) => void (c['process']['rlimits'] = [{ type: 'RLIMIT_FSIZE', soft: 256, hard: 256 }]) },
  { name: 'RLIMIT_STACK of 16 KiB', apply: (c) => void (c['process']['rlimits'] = [{ type: 'RLIMIT_STACK', soft: 16384, hard: 16384 }]) },
  { name: 'the program under a tmpfs', apply: (c, d) => { put(d, 'opt/hello', hello(d)); c['mounts'].push({ destination: '/opt', type: 'tmpfs', source: 'tmpfs' }); run(c, '/opt/hello'); } },
  { name: 'the program under a tmpfs with tmpcopyup', apply: (c, d) => { put(d, 'opt/hello', hello(d)); c['mounts'].push({ destination: '/opt', type: 'tmpfs', source: 'tmpfs', options: ['tmpcopyup'] }); run(c, '/opt/hello'); } },
  { name: 'a 0700 program of the host\'s root, run by a user namespace\'s root on host uid 100000', apply: (c, d) => { userns(c, 100000); fs.chmodSync(path.join(d, 'rootfs/bin/hello'), 0o700); } },
  { name: 'a 0700 directory of the host\'s root, for a user namespace\'s root on host uid 100000', apply: (c, d) => { userns(c, 100000); fs.chmodSync(path.join(d, 'rootfs/bin'), 0o700); } },
  { name: 'a 0700 program of the host\'s root, which the user namespace maps', apply: (c, d) => { userns(c, 100000, true); fs.chmodSync(path.join(d, 'rootfs/bin/hello'), 0o700); } },
  { name: 'a 0700 cwd of the host\'s root, for a user namespace\'s root on host uid 100000', apply: (c, d) => { userns(c, 100000); fs.mkdirSync(path.join(d, 'rootfs/work'), { mode: 0o700 }); c['process']['cwd'] = '/work'; } },
  { name: 'a 0700 cwd of the host\'s root, which the user namespace maps', apply: (c, d) => { userns(c, 100000, true); fs.mkdirSync(path.join(d, 'rootfs/work'), { mode: 0o700 }); c['process']['cwd'] = '/work'; } },
  { name: 'seccomp denies execve', apply: (c) => void (c['linux']['seccomp'] = { defaultAction: 'SCMP_ACT_ALLOW', syscalls: [{ names: ['execve'], action: 'SCMP_ACT_ERRNO' }] }) },
  { name: 'seccomp traces execve, with no tracer', apply: (c) => void (c['linux']['seccomp'] = { defaultAction: 'SCMP_ACT_ALLOW', syscalls: [{ names: ['execve'], action: 'SCMP_ACT_TRACE' }] }) },
  { name: 'seccomp allows execve and denies it', apply: (c) => void (c['linux']['seccomp'] = { defaultAction: 'SCMP_ACT_ALLOW', syscalls: [{ names: ['execve'], action: 'SCMP_ACT_ALLOW' }, { names: ['execve'], action: 'SCMP_ACT_ERRNO' }] }) },
  { name: 'Podman\'s seccomp profile, which allows execve, then a kill of execve', apply: (c) => podmanSeccomp(c, { names: ['execve'], action: 'SCMP_ACT_KILL' }, false) },
  { name: 'a kill of execve, then Podman\'s seccomp profile, which allows it', apply: (c) => podmanSeccomp(c, { names: ['execve'], action: 'SCMP_ACT_KILL' }, true) },
  { name: 'an errno for execve with the profile\'s default, then Podman\'s profile', apply: (c) => podmanSeccomp(c, { names: ['execve'], action: 'SCMP_ACT_ERRNO', errnoRet: 38 }, true) },
  { name: 'seccomp denies execveat only', apply: (c) => void (c['linux']['seccomp'] = { defaultAction: 'SCMP_ACT_ALLOW', syscalls: [{ names: ['execveat'], action: 'SCMP_ACT_ERRNO' }] }) },
  { name: 'seccomp denies execve on a condition the start does not meet', apply: (c) => void (c['linux']['seccomp'] = { defaultAction: 'SCMP_ACT_ALLOW', syscalls: [{ names: ['execve'], action: 'SCMP_ACT_ERRNO', args: [{ index: 1, value: 0, op: 'SCMP_CMP_EQ' }] }] }) },
];
