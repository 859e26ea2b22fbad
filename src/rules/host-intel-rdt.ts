// --host-specific: config-linux.md "IntelRdt": when intelRdt is set and no resctrl filesystem is
// mounted, the runtime MUST generate an error. runc 1.1.5 does ("intelRdt.l3CacheSchema is
// specified in config, but Intel RDT/CAT is not enabled"); crun 1.8.1 creates the container
// without it (runtime oracle, a host without resctrl); crun 1.10 added Intel RDT support and
// refuses it too ("the resctl file system is not mounted"). A mounted resctrl has an info directory at
// its root; /sys/fs/resctrl itself exists whenever the kernel supports resctrl, mounted or not.
import { defineRule, specUrl } from './api.js';
import { absent } from './util/host.js';

export default defineRule({
  meta: {
    id: 'host-intel-rdt',
    description: 'linux.intelRdt is used only on a host with the resctrl filesystem mounted.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxIntelRdt'), level: 'MUST' },
    platforms: ['linux'],
    hostSpecific: true,
    runtimeVersions: 'runc 1.1.5 and crun 1.8.1 (runtime oracle); runc 1.5.1 and crun 1.10 to 1.29.1 from source',
    messages: {
      noResctrl: {
        headline: 'linux.intelRdt is set, but this host has no resctrl filesystem mounted',
        detail: 'Nothing is mounted at /sys/fs/resctrl. The spec says the runtime must fail then, and runc and crun 1.10 and later do; crun before 1.10 runs the container without the setting.',
        help: 'Mount resctrl on this host (mount -t resctrl resctrl /sys/fs/resctrl), or remove linux.intelRdt.',
        runtimes: { runc: 'refuses', crun: { refuses: '>=1.10' } },
      },
    },
  },
  reads: ['linux.intelRdt'],
  check(ctx) {
    const host = ctx.host;
    const linux = ctx.config.linux;
    const rdt = linux?.intelRdt;
    // An intelRdt with none of its fields asks for nothing.
    if (!host || !linux || !rdt || !Object.values(rdt).some((v) => v !== undefined) || !ctx.valid(linux, 'intelRdt')) return;
    if (absent(host.stat('/sys/fs/resctrl/info'))) ctx.report({ messageId: 'noResctrl', node: linux, key: 'intelRdt', target: 'key' });
  },
});
