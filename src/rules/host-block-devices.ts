// --host-specific: the block devices that linux.resources.blockIO names by major:minor must exist
// on this host. runc 1.1.5 and crun 1.8.1 write "MAJ:MIN value" to the blkio (io) cgroup, and the
// kernel refuses a device it does not have; both fail at create (runtime oracle: runc "failed to
// write \"8:0 100\": ... no such device", crun "write `blkio.throttle.write_iops_device`: No such
// device"). The kernel lists its block devices as /sys/dev/block/MAJ:MIN.
import { defineRule, specUrl } from './api.js';
import { fieldOf } from '../model/view.js';
import { absent } from './util/host.js';

const LISTS = ['weightDevice', 'throttleReadBpsDevice', 'throttleWriteBpsDevice', 'throttleReadIOPSDevice', 'throttleWriteIOPSDevice'] as const;

export default defineRule({
  meta: {
    id: 'host-block-devices',
    description: 'The block devices linux.resources.blockIO names exist on this host.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxBlockIO'), level: 'MUST' },
    platforms: ['linux'],
    hostSpecific: true,
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    messages: {
      missing: {
        headline: '{{field}} names block device {{major}}:{{minor}}, which this host does not have',
        detail: '{{path}} is missing. runc 1.1.5 and crun 1.8.1 write the device\'s limit to the blkio (io) cgroup, which refuses a device the kernel does not have: both fail at create.',
        help: 'Name a block device this host has (see /sys/dev/block), or remove the entry.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
    },
  },
  reads: ['linux.resources.blockIO'],
  check(ctx) {
    const host = ctx.host;
    const blockIO = ctx.config.linux?.resources?.blockIO;
    if (!host || !blockIO) return;
    for (const name of LISTS) {
      const list = blockIO[name];
      if (!list) continue;
      list.forEach((e, index) => {
        if (!e || !ctx.valid(list, index)) return;
        const major = ctx.exact(e, 'major');
        const minor = ctx.exact(e, 'minor');
        if (major === undefined || minor === undefined || major < 0n || minor < 0n) return;
        const path = `/sys/dev/block/${major}:${minor}`;
        if (absent(host.lstat(path))) ctx.report({ messageId: 'missing', node: list, key: index, data: { field: fieldOf(list, index), list: name, index, major, minor, path } });
      });
    }
  },
});
