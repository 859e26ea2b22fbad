import { defineRule, isObject, ptr, specUrl } from './api.js';

// config-linux.md "Device allowlist": each rule has a type (a = all, c, b), an access string made of
// r, w and m, and allow. runc refuses an empty access ("device access at N field cannot be empty")
// and a type other than a/b/c ("invalid cgroup device type"); crun writes the rule to devices.allow
// and the kernel refuses other letters ("Invalid argument"). An absent type or access means "all".
export default defineRule({
  meta: {
    id: 'linux-device-cgroup',
    description: 'Device cgroup rules need type a, b or c and an access string of r, w and m.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxDeviceAllowedlist'), level: 'MAY' },
    platforms: ['linux'],
    // runc refuses an empty access string and an unknown type; crun 1.8.1 accepts an empty access (runtime oracle).
    runtimes: { type: { runc: 'refuses', crun: 'refuses' }, access: { runc: 'refuses', crun: 'accepts' } },
    messages: {
      type: 'linux.resources.devices[{{index}}].type "{{value}}" is not a device cgroup type; use "a" (all), "c" or "b".',
      access: 'linux.resources.devices[{{index}}].access "{{value}}" must be a non-empty combination of "r", "w" and "m".',
      repeated: 'linux.resources.devices[{{index}}].access "{{value}}" repeats a letter.',
    },
  },
  check(ctx) {
    (ctx.array('/linux/resources/devices') ?? []).forEach((d, index) => {
      if (!isObject(d)) return;
      const type = d['type'];
      if (typeof type === 'string' && !['a', 'b', 'c'].includes(type)) {
        ctx.report({ messageId: 'type', pointer: ptr('linux', 'resources', 'devices', index, 'type'), data: { index, value: type } });
      }
      const access = d['access'];
      if (typeof access === 'string') {
        const pointer = ptr('linux', 'resources', 'devices', index, 'access');
        if (!/^[rwm]+$/.test(access)) ctx.report({ messageId: 'access', pointer, data: { index, value: access } });
        else if (new Set(access).size !== access.length) ctx.report({ messageId: 'repeated', pointer, severity: 'info', data: { index, value: access } });
      }
    });
  },
});
