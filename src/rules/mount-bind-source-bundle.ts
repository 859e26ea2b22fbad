import { defineRule, specUrl } from './api.js';
import { isBind, mounts } from '../model/mounts.js';
import { fileTypeName } from '../model/file-type.js';

// config.md "Mounts": the source of a bind mount is absolute or relative to the bundle. A relative
// source names a place in the bundle directory, which ocilint reads anyway, so it is judged
// without --host-specific: runc 1.1.5 ("error mounting "<bundle>/nodata" to rootfs at "/mnt":
// stat <bundle>/nodata: no such file or directory") and crun 1.8.1 ("error stat'ing file
// `nodata`: No such file or directory") refuse a bind mount whose source is not there, at create
// (runtime oracle). A source reached through a symlink, or one that climbs out of the bundle, is
// where the host's filesystem says: host-bind-source judges those with --host-specific, and every
// bind source then, so this rule stays silent with --host-specific rather than report it twice.
export default defineRule({
  meta: {
    id: 'mount-bind-source-bundle',
    description: 'The relative source of a bind mount must exist in the bundle directory.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configMounts'), level: 'MUST' },
    platforms: ['linux'],
    needsRootfs: true,
    runtimeVersions: 'runc 1.1.5, crun 1.8.1 (runtime oracle)',
    messages: {
      missing: {
        headline: 'mounts[{{index}}].source "{{value}}" does not exist in the bundle{{where}}',
        detail: 'A relative source is a path in the bundle directory, and nothing is there to bind: runc 1.1.5 and crun 1.8.1 fail at create ("no such file or directory").',
        help: 'Create it in the bundle directory, or correct the path.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      notDir: {
        headline: 'mounts[{{index}}].source "{{value}}" passes through a {{type}} in the bundle',
        detail: 'A relative source is a path in the bundle directory, and one of its parents is not a directory, so the runtimes cannot reach it ("not a directory").',
        help: 'Correct the path.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
    },
  },
  reads: ['mounts'],
  check(ctx) {
    const inspect = ctx.inspectBundle;
    if (!inspect || ctx.host) return;
    for (const m of mounts(ctx)) {
      const value = m.source;
      if (!isBind(m) || value === undefined || value === '' || value.startsWith('/') || value.includes('\0') || !ctx.valid(m.node, 'source')) continue;
      const place = { node: m.node, key: 'source' } as const;
      const found = inspect(value);
      if (found.kind === 'missing') {
        const whole = value.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
        ctx.report({ messageId: 'missing', ...place, data: { index: m.index, value, where: found.at === whole ? '' : ` ("${found.at}" is missing)` } });
      } else if (found.kind === 'not-dir') {
        // The walk stops at the first component that is not a directory: the source itself (a
        // file binds), or one of its parents.
        const parent = value.replace(/\/+$/, '').replace(/\/?[^/]*$/, '');
        if (parent === '' || parent === '.' || inspect(parent).kind === 'dir') continue;
        ctx.report({ messageId: 'notDir', ...place, data: { index: m.index, value, type: fileTypeName(found.type) } });
      }
    }
  },
});
