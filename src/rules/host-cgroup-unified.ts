// --host-specific: linux.resources.unified (v1.1.0) holds cgroup v2 files, which only a host in
// cgroup v2 unified mode has. On a cgroup v1 or hybrid host runc 1.1.5 and crun 1.8.1 both refuse
// at create: "invalid configuration: cannot use unified on cgroup v1" (runtime oracle, hybrid
// host). The unified hierarchy is mounted at /sys/fs/cgroup exactly when
// /sys/fs/cgroup/cgroup.controllers exists there.
import { defineRule, specUrl } from './api.js';
import { withoutUnifiedCgroup } from './util/host.js';

export default defineRule({
  meta: {
    id: 'host-cgroup-unified',
    description: 'linux.resources.unified is used only on a host in cgroup v2 unified mode.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxUnified'), level: 'MUST' },
    versions: '>=1.1.0',
    platforms: ['linux'],
    hostSpecific: true,
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    messages: {
      v1: {
        headline: 'linux.resources.unified sets cgroup v2 files; this host does not mount cgroup v2',
        detail: 'Only a host in cgroup v2 unified mode, with cgroup v2 mounted at /sys/fs/cgroup, has these files. runc 1.1.5 and crun 1.8.1 refuse the bundle at create ("cannot use unified on cgroup v1").',
        help: 'Run the bundle on a host in cgroup v2 unified mode, or set the limits through the cgroup v1 fields of linux.resources.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
    },
  },
  reads: ['linux.resources.unified'],
  check(ctx) {
    const host = ctx.host;
    const resources = ctx.config.linux?.resources;
    const unified = resources?.unified;
    if (!host || !resources || !unified || Object.keys(unified).length === 0 || !ctx.valid(resources, 'unified')) return;
    if (withoutUnifiedCgroup(host)) ctx.report({ messageId: 'v1', node: resources, key: 'unified', target: 'key' });
  },
});
