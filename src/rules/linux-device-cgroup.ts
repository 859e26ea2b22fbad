import { defineRule, specUrl } from './api.js';
import { coversEveryDevice } from '../model/devices.js';

// config-linux.md "Device allowlist": each rule has a type (a = all, c, b), an access string made of
// r, w and m, and allow. An absent type or access means "all". Checked with the runtime oracle
// (runc 1.1.5, crun 1.8.1, cgroup v1):
// - runc refuses a type other than a/b/c ("invalid cgroup device type") and an empty access ("device
//   access at N field cannot be empty"); it accepts other letters in access, and reads a major or
//   minor of -1 as "any";
// - crun writes each rule to devices.allow or devices.deny, and the kernel refuses ("Invalid
//   argument") an unknown type, an empty access, other letters and a major or minor of -1; the
//   exception is a rule for all devices (type a or none: allowed or denied, with numbers or not),
//   for which crun writes a bare "a" (write_devices_resources_v1), so it accepts any access there.
//   The message ids ...DenyAll are for that case: their names are older than this reading.
// The access format is the spec's definition ("a composition of r, w and m"), with no MUST: so a
// bad access string is graded as a schema finding, an error unless every runtime runs it. The
// same code is in runc 1.5.1 (specconv, and the device rules of opencontainers/cgroups) and crun
// 1.29.1 (write_devices_resources_v1); on cgroup v2 both compile the rules to eBPF instead, which
// these verdicts do not cover.
const ACCESS_HELP = 'Write a combination of "r" (read), "w" (write) and "m" (mknod), or leave access out for all three.';

export default defineRule({
  meta: {
    id: 'linux-device-cgroup',
    description: 'Device cgroup rules need type a, b or c, an access string of r, w and m, and no -1 for "any" number.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxDeviceAllowedlist'), level: 'MAY' },
    platforms: ['linux'],
    runtimeVersions: 'runc 1.1.5 and crun 1.8.1 on cgroup v1 (runtime oracle); runc 1.5.1 and crun 1.29.1 from source',
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
        basis: 'schema',
      },
      accessEmptyDenyAll: {
        headline: 'linux.resources.devices[{{index}}].access is empty',
        detail: 'runc refuses an empty access ("device access at N field cannot be empty"). On an entry for all devices (type "a" or none) crun writes a bare "a" rule instead and accepts it.',
        help: ACCESS_HELP,
        runtimes: { runc: 'refuses', crun: 'accepts' },
        basis: 'schema',
      },
      access: {
        headline: 'linux.resources.devices[{{index}}].access "{{value}}" is not made of r, w and m',
        detail: 'runc accepts other letters; crun writes them to the device cgroup, and the kernel refuses them ("Invalid argument").',
        help: ACCESS_HELP,
        runtimes: { runc: 'accepts', crun: 'refuses' },
        basis: 'schema',
      },
      accessDenyAll: {
        headline: 'linux.resources.devices[{{index}}].access "{{value}}" is not made of r, w and m',
        detail: 'runc accepts other letters, and on an entry for all devices (type "a" or none) crun writes a bare "a" rule instead, so both run the container; the spec defines access as a combination of r, w and m.',
        help: ACCESS_HELP,
        runtimes: { runc: 'accepts', crun: 'accepts' },
        basis: 'schema',
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
      // An entry for all devices, which crun writes as a bare "a" whatever its access and numbers.
      // A type of the wrong JSON type is not absent for crun's parser either: it refuses the config.
      const denyAll = coversEveryDevice(ctx, d);
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
