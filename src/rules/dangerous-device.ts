import { defineRule } from './api.js';
import { devices } from '../model/devices.js';

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
    },
  },
  reads: ['linux.devices'],
  check(ctx) {
    for (const { index, node: d, type, path: written } of devices(ctx)) {
      const path = written ?? '?';
      const { major, minor } = d;
      if (type === 'b') {
        ctx.report({ messageId: 'block', node: d, data: { index, path, major: major ?? '?', minor: minor ?? '?' } });
        continue;
      }
      if (type !== 'c' && type !== 'u') continue;
      const what = MEMORY_DEVICES[`${major}:${minor}`] ?? (['/dev/mem', '/dev/kmem', '/dev/port'].includes(path) ? path : undefined);
      if (what) ctx.report({ messageId: 'memory', node: d, data: { index, path, major: major ?? '?', minor: minor ?? '?', what } });
    }
  },
});
