import { defineRule, specUrl } from './api.js';

// config-zos.md "Devices" (spec 1.1.0 to 1.2.0; the section was removed in 1.2.1): `path` is the
// full path of the device inside the container, and one type/major/minor triple should not be
// used for two devices.
export default defineRule({
  meta: {
    id: 'zos-devices',
    description: 'z/OS devices must have absolute paths and should not repeat a type/major/minor triple.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-zos.md', 'configZOSDevices', 'v1.1.0'), level: 'MUST' },
    versions: '>=1.1.0,<1.2.1',
    platforms: ['zos'],
    messages: {
      relative: {
        headline: 'zos.devices[{{index}}].path "{{value}}" is not a full path',
        detail: 'path is the full path of the device inside the container.',
        help: 'Write the device\'s path from the container\'s root, starting with "/".',
      },
      duplicate: {
        headline: 'zos.devices[{{index}}] repeats device {{triple}} of zos.devices[{{first}}]',
        detail: 'One type/major/minor triple should not be used for two devices ("u" counts as "c").',
        help: 'List each device number once.',
        severity: 'warning',
      },
    },
  },
  reads: ['zos.devices'],
  check(ctx) {
    const devices = ctx.config.zos?.devices;
    if (!devices) return;
    const seen = new Map<string, number>();
    devices.forEach((d, index) => {
      if (d === undefined || !ctx.valid(devices, index)) return;
      const path = d.path;
      if (path !== undefined && !path.startsWith('/')) {
        ctx.report({ messageId: 'relative', node: d, key: 'path', data: { index, value: path } });
      }
      const { type, major, minor } = d;
      if (type === undefined || type === 'p' || major === undefined || minor === undefined) return;
      const triple = `${type === 'u' ? 'c' : type} ${major}:${minor}`;
      const first = seen.get(triple);
      if (first === undefined) seen.set(triple, index);
      else ctx.report({ messageId: 'duplicate', node: devices, key: index, data: { index, triple, first } });
    });
  },
});
