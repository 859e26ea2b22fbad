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
import { defineRule, isObject, ptr, specUrl } from './api.js';
import { absent, withoutUnifiedCgroup } from './util/host.js';

const nonEmpty = (v: unknown): boolean => (Array.isArray(v) ? v.length > 0 : isObject(v) && Object.keys(v).length > 0);

/** Which block of linux.resources needs which v1 controller, and when the block asks for anything. */
const CONTROLLERS: readonly { field: string; controller: string; set: (v: unknown) => boolean }[] = [
  { field: 'hugepageLimits', controller: 'hugetlb', set: nonEmpty },
  { field: 'network', controller: 'net_cls', set: (v) => isObject(v) && v['classID'] !== undefined },
  { field: 'network', controller: 'net_prio', set: (v) => isObject(v) && nonEmpty(v['priorities']) },
  { field: 'rdma', controller: 'rdma', set: nonEmpty },
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
    runtimes: {
      missing: { runc: 'refuses', crun: 'refuses' },
      missingRdma: { runc: 'refuses', crun: 'accepts' },
    },
    messages: {
      missing: 'linux.resources.{{field}} needs the {{controller}} cgroup controller, which this host does not mount ({{path}} is missing); runc and crun fail at create.',
      missingRdma: 'linux.resources.rdma needs the rdma cgroup controller, which this host does not mount ({{path}} is missing); runc fails at create, crun ignores the limits.',
    },
  },
  check(ctx) {
    const host = ctx.host;
    const resources = ctx.object('/linux/resources');
    if (!host || !resources) return;
    if (!withoutUnifiedCgroup(host)) return;
    for (const { field, controller, set } of CONTROLLERS) {
      const pointer = ptr('linux', 'resources', field);
      if (!set(resources[field]) || !ctx.isValid(pointer)) continue;
      const path = `/sys/fs/cgroup/${controller}`;
      if (!absent(host.stat(path))) continue;
      const rdma = controller === 'rdma';
      ctx.report({ messageId: rdma ? 'missingRdma' : 'missing', pointer, target: 'key', ...(rdma && { severity: 'warning' as const }), data: { field, controller, path } });
    }
  },
});
