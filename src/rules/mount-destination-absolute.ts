import { compareVersions } from '../core/versions.js';
import { defineRule, specUrl } from './api.js';
import { mounts } from '../model/mounts.js';
import { isWindowsAbsolute } from '../model/paths.js';

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
    messages: {
      relative: {
        headline: 'mounts[{{index}}].destination "{{value}}" is not an absolute path',
        detail: 'The spec requires an absolute destination on every platform before 1.2.0, and on platforms other than Linux after it. runc 1.1.5 and crun 1.8.1 both mount a relative Linux destination from "/" (runc warns that support will be removed).',
        help: 'Start the destination with "/".',
        // Checked with the runtime oracle: both runtimes mount a relative destination from "/".
        runtimes: { runc: 'accepts', crun: 'accepts' },
      },
      deprecated: {
        headline: 'mounts[{{index}}].destination "{{value}}" is a relative path',
        detail: 'From spec 1.2.0 a relative destination on Linux is taken from "/", but the form is deprecated; runc 1.1.5 warns that support for it will be removed.',
        help: 'Write "{{fixed}}".',
        severity: 'warning',
      },
      windows: {
        headline: 'mounts[{{index}}].destination "{{value}}" is not an absolute Windows path',
        detail: 'On Windows an absolute path has a drive letter, or starts with "\\\\" (UNC paths, named pipes).',
        help: 'Write the destination with its drive letter, such as "C:\\\\data".',
      },
      empty: {
        headline: 'mounts[{{index}}].destination is empty',
        help: 'Set it to the absolute path where the mount appears in the container.',
      },
    },
  },
  reads: ['mounts'],
  check(ctx) {
    // A config with both linux and windows sections is a Linux container on a Windows host
    // (LCOW): its destinations may be written either way.
    const linux = ctx.platforms.has('linux');
    const windows = ctx.platforms.has('windows');
    const strictPlatform = (['windows', 'solaris', 'zos', 'freebsd'] as const).some((p) => ctx.platforms.has(p));
    const lenient = linux && !strictPlatform && compareVersions(ctx.specVersion, '1.2.0') >= 0;
    for (const m of mounts(ctx)) {
      const value = m.destination;
      if (value === undefined || !ctx.valid(m.node, 'destination')) continue;
      const place = { node: m.node, key: 'destination' } as const;
      const data = { index: m.index, value };
      if (value === '') {
        ctx.report({ messageId: 'empty', ...place, data });
      } else if (windows && !linux) {
        if (!isWindowsAbsolute(value)) ctx.report({ messageId: 'windows', ...place, data });
      } else if (!value.startsWith('/') && !(windows && isWindowsAbsolute(value))) {
        if (lenient) ctx.report({ messageId: 'deprecated', ...place, data: { ...data, fixed: '/' + value.replace(/^(\.\/)+/, '') } });
        else ctx.report({ messageId: 'relative', ...place, data });
      }
    }
  },
});
