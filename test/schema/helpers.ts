// Shared helpers for schema tests.
import { SPEC_VERSIONS, compareVersions, type SpecVersion } from '../../src/core/versions.js';
import { loadValidator, type SchemaIssue } from '../../src/schema/index.js';

export const atLeast = (v: SpecVersion, w: SpecVersion): boolean => compareVersions(v, w) >= 0;
export { SPEC_VERSIONS };

/** Source text of the value at a pointer, as JSON.stringify would write it. */
export function rawOf(data: unknown): (pointer: string) => string | undefined {
  return (pointer) => {
    let node: unknown = data;
    for (const seg of pointer.split('/').slice(1)) {
      if (node === null || typeof node !== 'object') return undefined;
      node = (node as Record<string, unknown>)[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    return node === undefined ? undefined : JSON.stringify(node);
  };
}

export async function check(version: SpecVersion, data: unknown): Promise<SchemaIssue[]> {
  const validate = await loadValidator(version);
  return validate(data, rawOf(data));
}

/** Pointer/keyword pairs, for compact assertions. */
export async function findings(version: SpecVersion, data: unknown): Promise<string[]> {
  return (await check(version, data)).map((i) => `${i.pointer} ${i.keyword}`);
}

type Json = Record<string, unknown>;

/** A Linux config using every field the release has (values valid). */
export function linuxSample(v: SpecVersion): Json {
  const ns: Json[] = [{ type: 'pid' }, { type: 'network', path: '/proc/1/ns/net' }, { type: 'mount' }];
  if (atLeast(v, '1.1.0')) ns.push({ type: 'time' });
  const hook = { path: '/usr/bin/hook', args: ['hook', 'x'], env: ['A=1'], timeout: 5 };
  const hooks: Json = { prestart: [hook], poststart: [hook], poststop: [hook] };
  if (atLeast(v, '1.0.2')) Object.assign(hooks, { createRuntime: [hook], createContainer: [hook], startContainer: [hook] });
  const user: Json = { uid: 0, gid: 0, additionalGids: [5, 6] };
  if (atLeast(v, '1.0.2')) user['umask'] = 18;
  const process: Json = {
    terminal: false,
    consoleSize: { height: 25, width: 80 },
    cwd: '/',
    env: ['PATH=/bin'],
    args: ['sh'],
    user,
    rlimits: [{ type: 'RLIMIT_NOFILE', soft: 1024, hard: 1024 }],
    capabilities: { bounding: ['CAP_KILL'], effective: [], inheritable: [], permitted: [], ambient: [] },
    noNewPrivileges: true,
    apparmorProfile: 'p',
    selinuxLabel: 'l',
    oomScoreAdj: 100,
  };
  if (atLeast(v, '1.1.0')) {
    process['scheduler'] = { policy: 'SCHED_FIFO', priority: 1, flags: ['SCHED_FLAG_RESET_ON_FORK'] };
    process['ioPriority'] = { class: 'IOPRIO_CLASS_BE', priority: 4 };
  }
  if (atLeast(v, '1.2.1')) process['execCPUAffinity'] = { initial: '0-1', final: '0,2' };
  const resources: Json = {
    devices: [{ allow: false, access: 'rwm' }, { allow: true, type: 'c', major: 1, minor: 3, access: 'rw' }],
    memory: { limit: 536870912, reservation: 1, swap: 2, kernel: -1, kernelTCP: -1, swappiness: 0, disableOOMKiller: false },
    cpu: { shares: 1024, quota: 1000000, period: 500000, realtimeRuntime: 950000, realtimePeriod: 1000000, cpus: '0-1', mems: '0' },
    blockIO: {
      weight: 10,
      leafWeight: 10,
      weightDevice: [{ major: 8, minor: 0, weight: 500 }],
      throttleReadBpsDevice: [{ major: 8, minor: 0, rate: 600 }],
      throttleWriteIOPSDevice: [{ major: 8, minor: 16, rate: 300 }],
    },
    hugepageLimits: [{ pageSize: '2MB', limit: 9223372036854772000 }],
    network: { classID: 1048577, priorities: [{ name: 'eth0', priority: 500 }] },
    pids: { limit: 32771 },
  };
  if (atLeast(v, '1.0.2')) {
    (resources['memory'] as Json)['useHierarchy'] = true;
    resources['rdma'] = { mlx5_1: { hcaHandles: 3, hcaObjects: 10000 } };
  }
  if (atLeast(v, '1.1.0')) {
    (resources['memory'] as Json)['checkBeforeUpdate'] = true;
    Object.assign(resources['cpu'] as Json, { burst: 1, idle: 0 });
    resources['unified'] = { 'io.weight': '10' };
  }
  const seccomp: Json = {
    defaultAction: 'SCMP_ACT_ALLOW',
    architectures: ['SCMP_ARCH_X86', 'SCMP_ARCH_X32'],
    syscalls: [{ names: ['getcwd', 'chmod'], action: 'SCMP_ACT_ERRNO', args: [{ index: 0, value: 1, op: 'SCMP_CMP_EQ' }] }],
  };
  if (atLeast(v, '1.0.2')) seccomp['flags'] = ['SECCOMP_FILTER_FLAG_LOG'];
  if (atLeast(v, '1.1.0')) Object.assign(seccomp, { defaultErrnoRet: 1, listenerPath: '/run/l', listenerMetadata: 'm' });
  const intelRdt: Json = { l3CacheSchema: 'L3:0=7f0;1=1f' };
  if (atLeast(v, '1.0.2')) Object.assign(intelRdt, { closID: 'guaranteed', memBwSchema: 'MB:0=20;1=70' });
  if (atLeast(v, '1.1.0') && !atLeast(v, '1.3.0')) Object.assign(intelRdt, { enableCMT: true, enableMBM: false });
  if (atLeast(v, '1.3.0')) Object.assign(intelRdt, { schemata: ['L2:0=ff'], enableMonitoring: true });
  const linux: Json = {
    namespaces: ns,
    uidMappings: [{ containerID: 0, hostID: 1000, size: 32000 }],
    gidMappings: [{ containerID: 0, hostID: 1000, size: 32000 }],
    devices: [
      { path: '/dev/fuse', type: 'c', major: 10, minor: 229, fileMode: 438, uid: 0, gid: 0 },
      { path: '/dev/fifo', type: 'p' },
    ],
    cgroupsPath: '/myRuntime/myContainer',
    resources,
    rootfsPropagation: 'slave',
    seccomp,
    sysctl: { 'net.ipv4.ip_forward': '1' },
    maskedPaths: ['/proc/kcore'],
    readonlyPaths: ['/proc/sys'],
    mountLabel: 'system_u:object_r:svirt_sandbox_file_t:s0:c715,c811',
    intelRdt,
  };
  if (atLeast(v, '1.0.2')) linux['personality'] = { domain: 'LINUX', flags: [] };
  if (atLeast(v, '1.1.0')) linux['timeOffsets'] = { boottime: { secs: 1, nanosecs: 2 }, monotonic: { secs: -1 } };
  if (atLeast(v, '1.3.0')) {
    linux['netDevices'] = { eth0: {}, ens4: { name: 'eth1' } };
    linux['memoryPolicy'] = { mode: 'MPOL_BIND', nodes: '0-1', flags: ['MPOL_F_STATIC_NODES'] };
  }
  const mount: Json = { destination: '/proc', type: 'proc', source: 'proc', options: ['nosuid'] };
  if (atLeast(v, '1.1.0')) {
    mount['uidMappings'] = [{ containerID: 0, hostID: 1, size: 1 }];
    mount['gidMappings'] = [{ containerID: 0, hostID: 1, size: 1 }];
  }
  const out: Json = {
    ociVersion: v,
    root: { path: 'rootfs', readonly: true },
    process,
    hostname: 'h',
    mounts: [mount],
    hooks,
    annotations: { 'com.example.key': 'value' },
    linux,
  };
  if (atLeast(v, '1.1.0')) out['domainname'] = 'example.org';
  return out;
}

export function windowsSample(v: SpecVersion): Json {
  const windows: Json = {
    layerFolders: ['C:\\layers\\a', 'C:\\layers\\b'],
    resources: {
      memory: { limit: 2097152 },
      cpu: { count: 2, shares: 256, maximum: 5000 },
      storage: { iops: 1, bps: 2, sandboxSize: 3 },
    },
    network: { endpointList: ['7a010682'], allowUnqualifiedDNSQuery: true, DNSSearchList: ['a.com'], networkSharedContainerName: 'c' },
    credentialSpec: { anything: { nested: [1, 2] } },
    servicing: false,
    ignoreFlushesDuringBoot: true,
  };
  if (atLeast(v, '1.0.2')) {
    windows['devices'] = [{ id: '24E552D7-6523-47F7-A647-D3465BF1F5CA', idType: 'class' }];
    (windows['network'] as Json)['networkNamespace'] = 'ns';
  }
  if (atLeast(v, '1.2.1')) {
    ((windows['resources'] as Json)['cpu'] as Json)['affinity'] = [{ mask: 3, group: 0 }];
  }
  const process: Json = { cwd: 'C:\\', user: { username: 'ContainerUser' }, args: ['cmd.exe'] };
  if (atLeast(v, '1.0.2')) {
    delete process['args'];
    process['commandLine'] = 'cmd.exe /c dir';
  }
  return { ociVersion: v, root: { path: '\\\\?\\Volume{ec84d99e-3f02-11e7-ac6c-00155d7682cf}\\' }, process, windows };
}
