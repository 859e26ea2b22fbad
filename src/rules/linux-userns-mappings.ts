import { defineRule, ptr, specUrl } from './api.js';
import { findNamespace } from './util/linux.js';

// Mappings and the user namespace belong together (config-linux.md "User namespace mappings").
// - Mappings without a user namespace: runc and crun both accept the bundle and silently ignore
//   the mappings (checked with both), so the container runs with host ids: a warning.
// - A new user namespace with uidMappings but no gidMappings (or the reverse): runc 1.1.5 refuses
//   ("User namespaces enabled, but no gid mappings found."), crun 1.8.1 fails to switch to the
//   process group: an error.
// - A new user namespace with neither: runc refuses ("... no uid mappings found."), but crun fills in
//   a mapping of the calling user, which is what `crun spec --rootless` relies on. A warning, so
//   that crun's own rootless template stays free of errors.
// - A user namespace joined by path already has its mappings; the ones given cannot be applied.
export default defineRule({
  meta: {
    id: 'linux-userns-mappings',
    description: 'uidMappings and gidMappings go together, and only with a new user namespace.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxUserNamespaceMappings'), level: 'MAY' },
    platforms: ['linux'],
    // As root both runtimes refuse a user namespace without mappings (runtime oracle); crun run
    // rootless fills them in itself, which is why the finding stays a warning without --target.
    runtimes: { none: { runc: 'refuses' } },
    messages: {
      withoutUserns: 'linux.{{field}} is set but linux.namespaces has no "user" namespace: runtimes ignore the mappings and run with host ids.',
      missingOther: 'linux.{{field}} is set but linux.{{other}} is not: runc refuses a user namespace without {{kind}} mappings, and crun cannot switch to the process {{kind}}.',
      none: 'linux.namespaces[{{index}}] creates a user namespace but neither linux.uidMappings nor linux.gidMappings is set: runc refuses this ("no uid mappings found"); only crun fills in a mapping of the calling user.',
      joined: 'linux.{{field}} is set but the user namespace is joined by path (linux.namespaces[{{index}}].path), whose mappings are already fixed.',
    },
  },
  check(ctx) {
    const userns = findNamespace(ctx, 'user');
    // An empty list is no mapping at all, as far as the runtimes are concerned.
    const uid = (ctx.array('/linux/uidMappings')?.length ?? 0) > 0;
    const gid = (ctx.array('/linux/gidMappings')?.length ?? 0) > 0;
    const present = (['uidMappings', 'gidMappings'] as const).filter((f) => (f === 'uidMappings' ? uid : gid));
    if (!userns) {
      for (const field of present) {
        ctx.report({ messageId: 'withoutUserns', pointer: ptr('linux', field), target: 'key', severity: 'warning', data: { field } });
      }
      return;
    }
    if (userns.path !== undefined && userns.path !== '') {
      for (const field of present) {
        ctx.report({ messageId: 'joined', pointer: ptr('linux', field), target: 'key', severity: 'warning', data: { field, index: userns.index } });
      }
      return;
    }
    if (!uid && !gid) {
      ctx.report({ messageId: 'none', pointer: ptr('linux', 'namespaces', userns.index), severity: 'warning', data: { index: userns.index } });
    } else if (uid !== gid) {
      const field = uid ? 'uidMappings' : 'gidMappings';
      const other = uid ? 'gidMappings' : 'uidMappings';
      ctx.report({ messageId: 'missingOther', pointer: ptr('linux', field), target: 'key', data: { field, other, kind: uid ? 'group' : 'user' } });
    }
  },
});
