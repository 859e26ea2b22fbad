import { defineRule, isObject, ptr, specUrl } from './api.js';
import { isInt } from './util/linux.js';

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
    runtimes: { relative: { runc: 'accepts', crun: 'refuses' } },
    messages: {
      relative: 'linux.devices[{{index}}].path must be an absolute path inside the container, got "{{value}}".',
      duplicatePath: 'linux.devices[{{index}}].path "{{value}}" repeats linux.devices[{{first}}].path; the later node replaces the earlier one.',
      duplicateNumber: 'linux.devices[{{index}}] uses {{type}} {{major}}:{{minor}} like linux.devices[{{first}}]; the spec says one device number should not be used for several devices.',
    },
  },
  check(ctx) {
    const paths = new Map<string, number>();
    const numbers = new Map<string, number>();
    (ctx.array('/linux/devices') ?? []).forEach((d, index) => {
      if (!isObject(d)) return;
      const path = d['path'];
      if (typeof path === 'string') {
        const pointer = ptr('linux', 'devices', index, 'path');
        if (!path.startsWith('/')) ctx.report({ messageId: 'relative', pointer, data: { index, value: path } });
        const norm = '/' + path.split('/').filter((s) => s !== '' && s !== '.').join('/');
        const first = paths.get(norm);
        if (first === undefined) paths.set(norm, index);
        else ctx.report({ messageId: 'duplicatePath', pointer, severity: 'warning', data: { index, value: path, first } });
      }
      const type = d['type'];
      if (typeof type === 'string' && type !== 'p' && isInt(d['major']) && isInt(d['minor'])) {
        const key = `${type === 'u' ? 'c' : type}:${d['major']}:${d['minor']}`;
        const first = numbers.get(key);
        if (first === undefined) numbers.set(key, index);
        else {
          ctx.report({
            messageId: 'duplicateNumber',
            pointer: ptr('linux', 'devices', index),
            severity: 'warning',
            data: { index, type, major: d['major'], minor: d['minor'], first },
          });
        }
      }
    });
  },
});
