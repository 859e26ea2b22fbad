import { defineRule, isObject, ptr, specUrl } from './api.js';

// config-linux.md "Device allowlist": each rule has a type (a = all, c, b), an access string made of
// r, w and m, and allow. An absent type or access means "all". Checked with the runtime oracle
// (runc 1.1.5, crun 1.8.1, cgroup v1):
// - runc refuses a type other than a/b/c ("invalid cgroup device type") and an empty access ("device
//   access at N field cannot be empty"); it accepts other letters in access, and reads a major or
//   minor of -1 as "any";
// - crun writes each rule to devices.allow or devices.deny, and the kernel refuses ("Invalid
//   argument") an unknown type, an empty access, other letters and a major or minor of -1; the
//   exception is a deny-all rule (allow false, type a or none, no numbers), which crun replaces by
//   its own "a" and so accepts with any access.
export default defineRule({
  meta: {
    id: 'linux-device-cgroup',
    description: 'Device cgroup rules need type a, b or c, an access string of r, w and m, and no -1 for "any" number.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxDeviceAllowedlist'), level: 'MAY' },
    platforms: ['linux'],
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    runtimes: {
      type: { runc: 'refuses', crun: 'refuses' },
      accessEmpty: { runc: 'refuses', crun: 'refuses' },
      accessEmptyDenyAll: { runc: 'refuses', crun: 'accepts' },
      access: { runc: 'accepts', crun: 'refuses' },
      accessDenyAll: { runc: 'accepts', crun: 'accepts' },
      wildcard: { runc: 'accepts', crun: 'refuses' },
    },
    messages: {
      type: 'linux.resources.devices[{{index}}].type "{{value}}" is not a device cgroup type; use "a" (all), "c" or "b".',
      accessEmpty: 'linux.resources.devices[{{index}}].access is empty; use a combination of "r", "w" and "m", or leave it out for all three.',
      accessEmptyDenyAll: 'linux.resources.devices[{{index}}].access is empty; use a combination of "r", "w" and "m", or leave it out for all three.',
      access: 'linux.resources.devices[{{index}}].access "{{value}}" must be a combination of "r", "w" and "m".',
      accessDenyAll: 'linux.resources.devices[{{index}}].access "{{value}}" must be a combination of "r", "w" and "m".',
      repeated: 'linux.resources.devices[{{index}}].access "{{value}}" repeats a letter.',
      wildcard: 'linux.resources.devices[{{index}}].{{field}} is -1: runc reads it as any {{field}} number, but crun 1.8.1 writes -1 to the device cgroup and the kernel refuses it; leave {{field}} out to match any.',
    },
  },
  check(ctx) {
    (ctx.array('/linux/resources/devices') ?? []).forEach((d, index) => {
      if (!isObject(d)) return;
      const type = d['type'];
      if (typeof type === 'string' && !['a', 'b', 'c'].includes(type)) {
        ctx.report({ messageId: 'type', pointer: ptr('linux', 'resources', 'devices', index, 'type'), data: { index, value: type } });
      }
      const denyAll = d['allow'] === false && (type === undefined || type === 'a') && d['major'] === undefined && d['minor'] === undefined;
      const access = d['access'];
      if (typeof access === 'string') {
        const pointer = ptr('linux', 'resources', 'devices', index, 'access');
        if (access === '') ctx.report({ messageId: denyAll ? 'accessEmptyDenyAll' : 'accessEmpty', pointer, data: { index } });
        else if (!/^[rwm]+$/.test(access)) ctx.report({ messageId: denyAll ? 'accessDenyAll' : 'access', pointer, data: { index, value: access } });
        else if (new Set(access).size !== access.length) ctx.report({ messageId: 'repeated', pointer, severity: 'info', data: { index, value: access } });
      }
      for (const field of ['major', 'minor']) {
        const pointer = ptr('linux', 'resources', 'devices', index, field);
        if (ctx.bigint(pointer) === -1n) ctx.report({ messageId: 'wildcard', pointer, severity: 'warning', data: { index, field } });
      }
    });
  },
});
