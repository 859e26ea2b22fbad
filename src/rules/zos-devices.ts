import { defineRule, isObject, ptr, specUrl } from './api.js';

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
      relative: 'zos.devices[{{index}}].path must be the full path inside the container, got "{{value}}".',
      duplicate: 'zos.devices[{{index}}] repeats device {{triple}} of zos.devices[{{first}}]; each device number should be listed once.',
    },
  },
  check(ctx) {
    const seen = new Map<string, number>();
    (ctx.array('/zos/devices') ?? []).forEach((d, index) => {
      if (!isObject(d) || !ctx.isValid(ptr('zos', 'devices', index))) return;
      const path = d['path'];
      if (typeof path === 'string' && !path.startsWith('/')) {
        ctx.report({ messageId: 'relative', pointer: ptr('zos', 'devices', index, 'path'), data: { index, value: path } });
      }
      const { type, major, minor } = d;
      if (typeof type !== 'string' || type === 'p' || typeof major !== 'number' || typeof minor !== 'number') return;
      const triple = `${type === 'u' ? 'c' : type} ${major}:${minor}`;
      const first = seen.get(triple);
      if (first === undefined) seen.set(triple, index);
      else ctx.report({ messageId: 'duplicate', pointer: ptr('zos', 'devices', index), severity: 'warning', data: { index, triple, first } });
    });
  },
});
