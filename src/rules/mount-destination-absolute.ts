import { compareVersions } from '../core/versions.js';
import { defineRule, specUrl } from './api.js';
import { isWindowsAbsolute, mountEntries } from './util/mounts.js';

// config.md "Mounts": up to 1.1.0 every destination MUST be absolute. From 1.2.0 Linux MAY use a
// relative one, taken from "/", but that form is deprecated; every other platform still MUST use
// an absolute path. runc 1.1.5 and crun 1.8.1 both accept a relative Linux destination (runc
// warns that support will be removed), so from 1.2.0 on Linux this is a deprecation warning.
export default defineRule({
  meta: {
    id: 'mount-destination-absolute',
    description: 'mounts[].destination must be an absolute path (relative Linux destinations are deprecated from 1.2.0).',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configMounts'), level: 'MUST' },
    // Checked with the runtime oracle: both runtimes mount a relative destination from "/".
    runtimes: { relative: { runc: 'accepts', crun: 'accepts' } },
    messages: {
      relative: 'mounts[{{index}}].destination must be an absolute path, got "{{value}}".',
      deprecated: 'mounts[{{index}}].destination "{{value}}" is relative: spec 1.2.0 takes it from "/" on Linux but deprecates the form; write "{{fixed}}".',
      windows: 'mounts[{{index}}].destination must be an absolute Windows path such as "C:\\\\data", got "{{value}}".',
      empty: 'mounts[{{index}}].destination is empty; it must be an absolute path.',
    },
  },
  check(ctx) {
    // A config with both linux and windows sections is a Linux container on a Windows host
    // (LCOW): its destinations may be written either way.
    const linux = ctx.platforms.has('linux');
    const windows = ctx.platforms.has('windows');
    const strictPlatform = (['windows', 'solaris', 'zos', 'freebsd'] as const).some((p) => ctx.platforms.has(p));
    const lenient = linux && !strictPlatform && compareVersions(ctx.specVersion, '1.2.0') >= 0;
    for (const m of mountEntries(ctx.array('/mounts'))) {
      const value = m.destination;
      const pointer = `${m.pointer}/destination`;
      if (value === undefined || !ctx.isValid(pointer)) continue;
      const data = { index: m.index, value };
      if (value === '') {
        ctx.report({ messageId: 'empty', pointer, data });
      } else if (windows && !linux) {
        if (!isWindowsAbsolute(value)) ctx.report({ messageId: 'windows', pointer, data });
      } else if (!value.startsWith('/') && !(windows && isWindowsAbsolute(value))) {
        if (lenient) ctx.report({ messageId: 'deprecated', pointer, severity: 'warning', data: { ...data, fixed: '/' + value.replace(/^(\.\/)+/, '') } });
        else ctx.report({ messageId: 'relative', pointer, data });
      }
    }
  },
});
