// --host-specific: on a cgroup v1 or hybrid host, each linux.resources block needs its controller
// mounted under /sys/fs/cgroup. Runtime oracle on a hybrid host without hugetlb, net_cls, net_prio
// and rdma v1 hierarchies (runc 1.1.5, crun 1.8.1, both at create):
// - hugepageLimits: runc "cannot set hugetlb limit: container could not join or create cgroup",
//   crun "open `/sys/fs/cgroup/hugetlb/...`: No such file or directory";
// - network.classID and network.priorities: runc "cannot set net_cls limit" / "cannot set net_prio
//   limit", crun "open `/sys/fs/cgroup/net_cls/...`";
// - rdma: runc "cannot set rdma limit"; crun ignores the block.
// On a cgroup v2 host (cgroup.controllers at /sys/fs/cgroup) the runtimes map these differently
// (net_cls and net_prio do not exist there); that is not judged.
import { defineRule, specUrl } from './api.js';
import type { Resources } from '../model/view.js';
import { absent, withoutUnifiedCgroup } from './util/host.js';

/** Which block of linux.resources needs which v1 controller, and when the block asks for anything. */
const CONTROLLERS: readonly { field: 'hugepageLimits' | 'network' | 'rdma'; controller: string; set: (r: Resources) => boolean }[] = [
  { field: 'hugepageLimits', controller: 'hugetlb', set: (r) => (r.hugepageLimits?.length ?? 0) > 0 },
  { field: 'network', controller: 'net_cls', set: (r) => r.network?.classID !== undefined },
  { field: 'network', controller: 'net_prio', set: (r) => (r.network?.priorities?.length ?? 0) > 0 },
  { field: 'rdma', controller: 'rdma', set: (r) => r.rdma !== undefined && Object.keys(r.rdma).length > 0 },
];

export default defineRule({
  meta: {
    id: 'host-cgroup-controllers',
    description: 'On a cgroup v1 host, every linux.resources block has its cgroup controller mounted.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxControlGroups'), level: 'MUST' },
    platforms: ['linux'],
    hostSpecific: true,
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    messages: {
      missing: {
        headline: 'linux.resources.{{field}} needs the {{controller}} cgroup controller, not mounted here',
        detail: 'This host has no cgroup v2 unified hierarchy, and {{path}} is missing: runc 1.1.5 and crun 1.8.1 fail at create.',
        help: 'Run the bundle on a host that mounts the {{controller}} controller, or remove the setting for hosts that do not.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      missingRdma: {
        headline: 'linux.resources.rdma needs the rdma cgroup controller, not mounted here',
        detail: 'This host has no cgroup v2 unified hierarchy, and {{path}} is missing: runc 1.1.5 fails at create, crun 1.8.1 ignores the limits.',
        help: 'Run the bundle on a host that mounts the rdma controller, or remove the limits for hosts that do not.',
        severity: 'warning',
        runtimes: { runc: 'refuses', crun: 'accepts' },
      },
    },
  },
  reads: ['linux.resources'],
  check(ctx) {
    const host = ctx.host;
    const resources = ctx.config.linux?.resources;
    if (!host || !resources) return;
    if (!withoutUnifiedCgroup(host)) return;
    for (const { field, controller, set } of CONTROLLERS) {
      if (!set(resources) || !ctx.valid(resources, field)) continue;
      const path = `/sys/fs/cgroup/${controller}`;
      if (!absent(host.stat(path))) continue;
      const rdma = controller === 'rdma';
      ctx.report({ messageId: rdma ? 'missingRdma' : 'missing', node: resources, key: field, target: 'key', data: { field, controller, path } });
    }
  },
});
