import { defineRule, specUrl } from './api.js';
import { devices } from '../model/devices.js';
import { cleanPath } from '../model/paths.js';
import { isInt } from '../model/users.js';

// config-linux.md "Devices": `path` is the full path of the node inside the container. A relative
// one is taken relative to the runtime's working directory by crun ("mknod `dev/x`: No such file or
// directory"); runc happens to join it to the rootfs. Two entries with one path: the later node
// replaces the earlier one (runtime-tools reports it as an error; both runtimes accept it), and the
// spec says one type/major/minor SHOULD NOT be used for several devices.
export default defineRule({
  meta: {
    id: 'linux-device-path',
    description: 'Device paths must be absolute and unique.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxDevices'), level: 'MUST' },
    platforms: ['linux'],
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    messages: {
      relative: {
        headline: 'linux.devices[{{index}}].path "{{value}}" is not an absolute path',
        detail: 'The path of a device is its full path inside the container. crun creates a relative one from its own working directory and fails ("No such file or directory"); runc joins it to the rootfs.',
        help: 'Write the full path inside the container, such as "/dev/fuse".',
        runtimes: { runc: 'accepts', crun: 'refuses' },
      },
      duplicatePath: {
        headline: 'linux.devices[{{index}}].path "{{value}}" repeats linux.devices[{{first}}].path',
        detail: 'The later node replaces the earlier one.',
        help: 'List each device once.',
        severity: 'warning',
      },
      duplicateNumber: {
        headline: 'linux.devices[{{index}}] uses {{type}} {{major}}:{{minor}} like entry {{first}}',
        detail: 'The spec says one device number should not be used for several devices.',
        help: 'List each device once, under one path.',
        severity: 'warning',
      },
    },
  },
  reads: ['linux.devices'],
  check(ctx) {
    const paths = new Map<string, number>();
    const numbers = new Map<string, number>();
    for (const { index, node: d, type, path } of devices(ctx)) {
      if (path !== undefined) {
        if (!path.startsWith('/')) ctx.report({ messageId: 'relative', node: d, key: 'path', data: { index, value: path } });
        // Config paths compared with each other: cleaned lexically (model/paths.ts).
        const place = cleanPath(path);
        const first = paths.get(place);
        if (first === undefined) paths.set(place, index);
        else ctx.report({ messageId: 'duplicatePath', node: d, key: 'path', data: { index, value: path, first } });
      }
      const { major, minor } = d;
      if (type !== undefined && type !== 'p' && isInt(major) && isInt(minor)) {
        const key = `${type === 'u' ? 'c' : type}:${major}:${minor}`;
        const first = numbers.get(key);
        if (first === undefined) numbers.set(key, index);
        else ctx.report({ messageId: 'duplicateNumber', node: d, data: { index, type, major, minor, first } });
      }
    }
  },
});
