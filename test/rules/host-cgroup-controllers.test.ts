import rule from '../../src/rules/host-cgroup-controllers.js';
import { fakeHost } from '../helpers/fake-host.js';
import { testRule } from '../helpers/rule-tester.js';

const dir = { type: 'dir' } as const;
/** A hybrid host like the one the runtime oracle ran on: no hugetlb, net_cls, net_prio or rdma v1 hierarchy. */
const hybrid = fakeHost({ '/sys/fs/cgroup/memory': dir, '/sys/fs/cgroup/pids': dir, '/sys/fs/cgroup/unified/cgroup.controllers': { type: 'file' } });
const full = fakeHost({ '/sys/fs/cgroup/hugetlb': dir, '/sys/fs/cgroup/net_cls,net_prio': dir, '/sys/fs/cgroup/net_cls': { type: 'symlink', target: '/sys/fs/cgroup/net_cls,net_prio' }, '/sys/fs/cgroup/net_prio': { type: 'symlink', target: '/sys/fs/cgroup/net_cls,net_prio' }, '/sys/fs/cgroup/rdma': dir });
const v2 = fakeHost({ '/sys/fs/cgroup/cgroup.controllers': { type: 'file' } });
const resources = (r: Record<string, unknown>) => ({ linux: { resources: r } });
const hugepages = resources({ hugepageLimits: [{ pageSize: '2MB', limit: 209715200 }] });

testRule(rule, {
  valid: [
    { name: 'a v1 host with every controller (net_cls and net_prio co-mounted)', host: full, config: resources({ hugepageLimits: [{ pageSize: '2MB', limit: 0 }], network: { classID: 1048577, priorities: [{ name: 'eth0', priority: 500 }] }, rdma: { mlx5_1: { hcaHandles: 3 } } }) },
    { name: 'blocks that ask for nothing', host: hybrid, config: resources({ hugepageLimits: [], network: {}, rdma: {} }) },
    { name: 'controllers the host has', host: hybrid, config: resources({ memory: { limit: 67108864 }, pids: { limit: 64 } }) },
    { name: 'a cgroup v2 host is not judged', host: v2, config: hugepages },
    { name: 'cannot tell', host: fakeHost({ '/sys/fs': 'denied' }), config: hugepages },
  ],
  invalid: [
    {
      name: 'hugetlb missing',
      host: hybrid,
      raw: '{"ociVersion": "1.3.0", "process": {"args": ["/bin/sh"], "cwd": "/"}, "root": {"path": "rootfs"},\n "linux": {"resources": {"hugepageLimits": [{"pageSize": "2MB", "limit": 0}]}}}\n',
      errors: [{ messageId: 'missing', pointer: '/linux/resources/hugepageLimits', line: 2, column: 26, severity: 'error' }],
    },
    { name: 'net_cls missing', host: hybrid, config: resources({ network: { classID: 1048577 } }), errors: [{ messageId: 'missing', pointer: '/linux/resources/network' }] },
    { name: 'net_prio missing', host: hybrid, config: resources({ network: { priorities: [{ name: 'eth0', priority: 500 }] } }), errors: [{ messageId: 'missing', pointer: '/linux/resources/network' }] },
    { name: 'rdma missing: crun ignores it', host: hybrid, config: resources({ rdma: { mlx5_1: { hcaHandles: 3 } } }), errors: [{ messageId: 'missingRdma', severity: 'warning' }] },
    { name: 'rdma missing, --target runc', host: hybrid, targets: ['runc'], config: resources({ rdma: { mlx5_1: { hcaHandles: 3 } } }), errors: [{ messageId: 'missingRdma', severity: 'error' }] },
  ],
});
