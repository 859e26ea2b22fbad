// --host-specific: cpusets and CPU affinities name CPUs and memory nodes this host has online.
import { defineRule, specUrl, type RuleContext } from './api.js';
import { firstMissing, parseIdList } from './util/host.js';

const FIELDS = [
  { pointer: '/linux/resources/cpu/cpus', name: 'linux.resources.cpu.cpus', kind: 'cpu' },
  { pointer: '/linux/resources/cpu/mems', name: 'linux.resources.cpu.mems', kind: 'node' },
  { pointer: '/process/execCPUAffinity/initial', name: 'process.execCPUAffinity.initial', kind: 'cpu' },
  { pointer: '/process/execCPUAffinity/final', name: 'process.execCPUAffinity.final', kind: 'cpu' },
] as const;

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
      cpu: '{{field}} "{{value}}" names CPU {{id}}, but this host has CPUs {{online}} online.',
      node: '{{field}} "{{value}}" names memory node {{id}}, but this host has nodes {{online}} online.',
    },
  },
  check(ctx: RuleContext<'cpu' | 'node'>) {
    const host = ctx.host;
    if (!host) return;
    for (const f of FIELDS) {
      const value = ctx.string(f.pointer);
      if (value === undefined || !ctx.isValid(f.pointer)) continue;
      const wanted = parseIdList(value);
      if (!wanted || wanted.length === 0) continue;
      const text = host.readSmallFile(ONLINE[f.kind], 4096)?.trim();
      const have = text === undefined ? undefined : parseIdList(text);
      if (!have) continue; // no NUMA support in the kernel, or no sysfs: cannot tell
      const id = firstMissing(wanted, have);
      if (id !== undefined) ctx.report({ messageId: f.kind, pointer: f.pointer, data: { field: f.name, value, id, online: text! } });
    }
  },
});
