import { defineRule, isObject, ptr } from './api.js';

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
      memory: 'linux.devices[{{index}}] creates "{{path}}" (c {{major}}:{{minor}}, the host\'s {{what}}): the container can read and write host memory or I/O ports.',
      block: 'linux.devices[{{index}}] creates block device "{{path}}" (b {{major}}:{{minor}}): the container can read or mount a host disk.',
    },
  },
  check(ctx) {
    (ctx.array('/linux/devices') ?? []).forEach((d, index) => {
      if (!isObject(d)) return;
      const path = typeof d['path'] === 'string' ? d['path'] : '?';
      const major = typeof d['major'] === 'number' ? d['major'] : undefined;
      const minor = typeof d['minor'] === 'number' ? d['minor'] : undefined;
      if (d['type'] === 'b') return ctx.report({ messageId: 'block', pointer: ptr('linux', 'devices', index), data: { index, path, major: major ?? '?', minor: minor ?? '?' } });
      if (d['type'] !== 'c' && d['type'] !== 'u') return;
      const what = MEMORY_DEVICES[`${major}:${minor}`] ?? (['/dev/mem', '/dev/kmem', '/dev/port'].includes(path) ? path : undefined);
      if (what) ctx.report({ messageId: 'memory', pointer: ptr('linux', 'devices', index), data: { index, path, major: major ?? '?', minor: minor ?? '?', what } });
    });
  },
});
