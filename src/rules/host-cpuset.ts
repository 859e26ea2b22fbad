// --host-specific: cpusets and CPU affinities name CPUs and memory nodes this host has online.
import { defineRule, specUrl } from './api.js';
import { fieldOf } from '../model/view.js';
import { firstMissing, parseIdList } from './util/host.js';

const ONLINE = { cpu: '/sys/devices/system/cpu/online', node: '/sys/devices/system/node/online' } as const;

export default defineRule({
  meta: {
    id: 'host-cpuset',
    description: 'CPU and memory-node lists name CPUs and NUMA nodes that are online on this host.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxCPU'), level: 'MUST' },
    platforms: ['linux'],
    hostSpecific: true,
    messages: {
      cpu: {
        headline: '{{field}} "{{value}}" names CPU {{id}}, which is not online on this host',
        detail: 'This host has CPUs {{online}} online.',
        help: 'Name only CPUs of {{online}}, or run the bundle on a host that has CPU {{id}} online.',
      },
      node: {
        headline: '{{field}} "{{value}}" names memory node {{id}}, which is not online on this host',
        detail: 'This host has memory nodes {{online}} online.',
        help: 'Name only memory nodes of {{online}}, or run the bundle on a host that has node {{id}} online.',
      },
    },
  },
  reads: ['linux.resources.cpu.cpus', 'linux.resources.cpu.mems', 'process.execCPUAffinity.initial', 'process.execCPUAffinity.final'],
  check(ctx) {
    const host = ctx.host;
    if (!host) return;
    const cpu = ctx.config.linux?.resources?.cpu;
    const affinity = ctx.config.process?.execCPUAffinity;
    const fields = [
      cpu && { node: cpu, key: 'cpus' as const, value: cpu.cpus, kind: 'cpu' as const },
      cpu && { node: cpu, key: 'mems' as const, value: cpu.mems, kind: 'node' as const },
      affinity && { node: affinity, key: 'initial' as const, value: affinity.initial, kind: 'cpu' as const },
      affinity && { node: affinity, key: 'final' as const, value: affinity.final, kind: 'cpu' as const },
    ];
    for (const f of fields) {
      if (!f || f.value === undefined || !ctx.valid(f.node, f.key)) continue;
      const value = f.value;
      const wanted = parseIdList(value);
      if (!wanted || wanted.length === 0) continue;
      const text = host.readSmallFile(ONLINE[f.kind], 4096)?.trim();
      const have = text === undefined ? undefined : parseIdList(text);
      if (!have) continue; // no NUMA support in the kernel, or no sysfs: cannot tell
      const id = firstMissing(wanted, have);
      if (id !== undefined) ctx.report({ messageId: f.kind, node: f.node, key: f.key, data: { field: fieldOf(f.node, f.key), value, id, online: text! } });
    }
  },
});
