import { defineRule, specUrl } from './api.js';

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
const ACCESS_HELP = 'Write a combination of "r" (read), "w" (write) and "m" (mknod), or leave access out for all three.';

export default defineRule({
  meta: {
    id: 'linux-device-cgroup',
    description: 'Device cgroup rules need type a, b or c, an access string of r, w and m, and no -1 for "any" number.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxDeviceAllowedlist'), level: 'MAY' },
    platforms: ['linux'],
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    messages: {
      type: {
        headline: 'linux.resources.devices[{{index}}].type "{{value}}" is not a device cgroup type',
        detail: 'runc refuses it ("invalid cgroup device type"); crun writes it to the device cgroup, and the kernel refuses it ("Invalid argument").',
        help: 'Use "a" (all devices), "c" (character) or "b" (block).',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      accessEmpty: {
        headline: 'linux.resources.devices[{{index}}].access is empty',
        detail: 'runc refuses an empty access ("device access at N field cannot be empty"); crun writes it to the device cgroup, and the kernel refuses it ("Invalid argument").',
        help: ACCESS_HELP,
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      accessEmptyDenyAll: {
        headline: 'linux.resources.devices[{{index}}].access is empty',
        detail: 'runc refuses an empty access ("device access at N field cannot be empty"). On this deny-all entry crun writes its own "a" rule instead and accepts it.',
        help: ACCESS_HELP,
        runtimes: { runc: 'refuses', crun: 'accepts' },
      },
      access: {
        headline: 'linux.resources.devices[{{index}}].access "{{value}}" is not made of r, w and m',
        detail: 'runc accepts other letters; crun writes them to the device cgroup, and the kernel refuses them ("Invalid argument").',
        help: ACCESS_HELP,
        runtimes: { runc: 'accepts', crun: 'refuses' },
      },
      accessDenyAll: {
        headline: 'linux.resources.devices[{{index}}].access "{{value}}" is not made of r, w and m',
        detail: 'runc accepts other letters, and on this deny-all entry crun writes its own "a" rule instead, so both run the container; the spec defines access as a combination of r, w and m.',
        help: ACCESS_HELP,
        runtimes: { runc: 'accepts', crun: 'accepts' },
      },
      repeated: {
        headline: 'linux.resources.devices[{{index}}].access "{{value}}" repeats a letter',
        help: 'Write each of "r", "w" and "m" at most once.',
        severity: 'info',
      },
      wildcard: {
        headline: 'linux.resources.devices[{{index}}].{{field}} is -1',
        detail: 'runc reads -1 as any {{field}} number, but crun 1.8.1 writes -1 to the device cgroup and the kernel refuses it.',
        help: 'Leave {{field}} out to match any {{field}} number.',
        severity: 'warning',
        runtimes: { runc: 'accepts', crun: 'refuses' },
      },
    },
  },
  reads: ['linux.resources.devices'],
  check(ctx) {
    const list = ctx.config.linux?.resources?.devices;
    if (!list) return;
    list.forEach((d, index) => {
      if (!d) return;
      const type = d.type;
      if (type !== undefined && !['a', 'b', 'c'].includes(type)) {
        ctx.report({ messageId: 'type', node: d, key: 'type', data: { index, value: type } });
      }
      // A deny-all entry: a type of the wrong type, or any number, makes it another rule.
      const denyAll = d.allow === false && (!ctx.has(d, 'type') || type === 'a') && !ctx.has(d, 'major') && !ctx.has(d, 'minor');
      const access = d.access;
      if (access !== undefined) {
        if (access === '') ctx.report({ messageId: denyAll ? 'accessEmptyDenyAll' : 'accessEmpty', node: d, key: 'access', data: { index } });
        else if (!/^[rwm]+$/.test(access)) ctx.report({ messageId: denyAll ? 'accessDenyAll' : 'access', node: d, key: 'access', data: { index, value: access } });
        else if (new Set(access).size !== access.length) ctx.report({ messageId: 'repeated', node: d, key: 'access', data: { index, value: access } });
      }
      for (const field of ['major', 'minor'] as const) {
        if (ctx.exact(d, field) === -1n) ctx.report({ messageId: 'wildcard', node: d, key: field, data: { index, field } });
      }
    });
  },
});
