import { defineRule } from './api.js';
import { devices } from '../model/devices.js';
import type { LinuxDevice as Device } from '../model/view.js';

// /dev/mem, /dev/kmem and /dev/port are physical memory and I/O ports; a block device is a host
// disk (mount it and read or change the host's files).
const MEMORY_DEVICES: Readonly<Record<string, string>> = { '1:1': '/dev/mem', '1:2': '/dev/kmem', '1:4': '/dev/port' };

export default defineRule({
  meta: {
    id: 'dangerous-device',
    description: 'linux.devices should not create memory, I/O port or block devices in the container.',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 'high',
    platforms: ['linux'],
    messages: {
      memory: {
        headline: 'linux.devices[{{index}}] creates "{{path}}" (c {{major}}:{{minor}}, host {{what}})',
        detail: 'With it the container can read and write the host\'s physical memory or I/O ports, which is control of the machine.',
        help: 'Remove the device from linux.devices.',
      },
      block: {
        headline: 'linux.devices[{{index}}] creates block device "{{path}}" (b {{major}}:{{minor}})',
        detail: 'A block device is a host disk: the container can read it, or mount it and read or change the host\'s files.',
        help: 'Give the container a volume instead of the device; if a device is needed, hand over one specific partition or a virtual device.',
      },
      several: {
        headline: 'linux.devices creates "{{path}}" and {{more}} more host disks or memory devices',
        detail: 'Each is a host disk, or the host\'s physical memory or I/O ports: {{paths}}. A privileged container gets every host device this way.',
        help: 'Remove them from linux.devices; give the container volumes, or hand over one specific partition or a virtual device.',
      },
    },
  },
  reads: ['linux.devices'],
  // The devices have one cause (whoever listed them: `--privileged` copies every host device), so
  // several make one finding: at the first memory device, else the first block device, with the
  // others as related places.
  check(ctx) {
    const hits: { messageId: 'memory' | 'block'; node: Device; index: number; data: Record<string, string | number> }[] = [];
    for (const { index, node: d, type, path: written } of devices(ctx)) {
      const path = written ?? '?';
      const { major, minor } = d;
      const base = { index, path, major: major ?? '?', minor: minor ?? '?' };
      if (type === 'b') {
        hits.push({ messageId: 'block', node: d, index, data: base });
        continue;
      }
      if (type !== 'c' && type !== 'u') continue;
      const what = MEMORY_DEVICES[`${major}:${minor}`] ?? (['/dev/mem', '/dev/kmem', '/dev/port'].includes(path) ? path : undefined);
      if (what) hits.push({ messageId: 'memory', node: d, index, data: { ...base, what } });
    }
    if (hits.length === 0) return;
    const lead = hits.find((h) => h.messageId === 'memory') ?? hits[0]!;
    if (hits.length === 1) {
      ctx.report({ messageId: lead.messageId, node: lead.node, data: lead.data });
      return;
    }
    const named = (h: (typeof hits)[number]): string => `"${h.data['path']}" (${h.messageId === 'block' ? 'b' : 'c'} ${h.data['major']}:${h.data['minor']})`;
    ctx.report({
      messageId: 'several',
      node: lead.node,
      data: { path: String(lead.data['path']), more: hits.length - 1, paths: [lead, ...hits.filter((h) => h !== lead)].map(named).join(', ') },
      related: hits.filter((h) => h !== lead).map((h) => ({ message: `linux.devices[${h.index}] creates ${h.messageId === 'block' ? 'block device' : 'memory device'} ${named(h)}`, node: h.node })),
    });
  },
});
