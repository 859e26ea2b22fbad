import { defineRule, specUrl } from './api.js';

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
      missing: {
        headline: 'freebsd.devices[{{index}}] has no path',
        detail: 'Each device needs its path, relative to /dev; the published schema does not mark it required.',
        help: 'Add the device\'s path relative to /dev, such as "pf".',
      },
      absolute: {
        headline: 'freebsd.devices[{{index}}].path "{{value}}" is not relative to /dev',
        detail: 'A leading "/dev/" is almost certainly meant as the same device.',
        help: 'Write "{{fixed}}".',
        severity: 'warning',
      },
    },
  },
  reads: ['freebsd.devices'],
  check(ctx) {
    const devices = ctx.config.freebsd?.devices;
    if (!devices) return;
    devices.forEach((d, index) => {
      if (d === undefined || !ctx.valid(devices, index)) return;
      const path = d.path;
      // A path of the wrong type is there, not missing (config-schema's finding).
      if (!ctx.has(d, 'path') || path === '') {
        ctx.report({ messageId: 'missing', node: devices, key: index, data: { index } });
      } else if (path !== undefined && path.startsWith('/')) {
        const fixed = path.replace(/^\/+(dev\/+)?/, '');
        ctx.report({ messageId: 'absolute', node: d, key: 'path', data: { index, value: path, fixed } });
      }
    });
  },
});
