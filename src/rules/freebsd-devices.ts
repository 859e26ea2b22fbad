import { defineRule, isObject, ptr, specUrl } from './api.js';

// config-freebsd.md "Devices" (spec 1.3.0): each entry REQUIRES `path`, a device path relative to
// /dev (e.g. "pf"). The published schema does not mark it required. A leading "/dev/" is almost
// certainly meant as the same device, so that is a warning; a missing path is an error.
export default defineRule({
  meta: {
    id: 'freebsd-devices',
    description: 'freebsd.devices entries must have a path, written relative to /dev.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-freebsd.md', 'configFreeBSDDevices'), level: 'MUST' },
    versions: '>=1.3.0',
    platforms: ['freebsd'],
    messages: {
      missing: 'freebsd.devices[{{index}}] has no path; each device needs its path relative to /dev.',
      absolute: 'freebsd.devices[{{index}}].path "{{value}}" should be relative to /dev (write "{{fixed}}").',
    },
  },
  check(ctx) {
    (ctx.array('/freebsd/devices') ?? []).forEach((d, index) => {
      if (!isObject(d) || !ctx.isValid(ptr('freebsd', 'devices', index))) return;
      const path = d['path'];
      if (path === undefined || path === '') {
        ctx.report({ messageId: 'missing', pointer: ptr('freebsd', 'devices', index), data: { index } });
      } else if (typeof path === 'string' && path.startsWith('/')) {
        const fixed = path.replace(/^\/+(dev\/+)?/, '');
        ctx.report({ messageId: 'absolute', pointer: ptr('freebsd', 'devices', index, 'path'), severity: 'warning', data: { index, value: path, fixed } });
      }
    });
  },
});
