// --host-specific: the block devices that linux.resources.blockIO names by major:minor must exist
// on this host. runc 1.1.5 and crun 1.8.1 write "MAJ:MIN value" to the blkio (io) cgroup, and the
// kernel refuses a device it does not have; both fail at create (runtime oracle: runc "failed to
// write \"8:0 100\": ... no such device", crun "write `blkio.throttle.write_iops_device`: No such
// device"). The kernel lists its block devices as /sys/dev/block/MAJ:MIN.
import { defineRule, isObject, ptr, specUrl } from './api.js';
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
    runtimes: { missing: { runc: 'refuses', crun: 'refuses' } },
    messages: {
      missing: 'linux.resources.blockIO.{{list}}[{{index}}] names block device {{major}}:{{minor}}, which this host does not have ({{path}} is missing); runc and crun fail at create.',
    },
  },
  check(ctx) {
    const host = ctx.host;
    const blockIO = ctx.object('/linux/resources/blockIO');
    if (!host || !blockIO) return;
    for (const list of LISTS) {
      const entries = blockIO[list];
      if (!Array.isArray(entries)) continue;
      entries.forEach((e, index) => {
        const pointer = ptr('linux', 'resources', 'blockIO', list, index);
        if (!isObject(e) || !ctx.isValid(pointer)) return;
        const major = ctx.bigint(`${pointer}/major`);
        const minor = ctx.bigint(`${pointer}/minor`);
        if (major === undefined || minor === undefined || major < 0n || minor < 0n) return;
        const path = `/sys/dev/block/${major}:${minor}`;
        if (absent(host.lstat(path))) ctx.report({ messageId: 'missing', pointer, data: { list, index, major, minor, path } });
      });
    }
  },
});
