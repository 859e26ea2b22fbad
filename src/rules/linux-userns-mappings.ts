import { defineRule, specUrl } from './api.js';
import { findNamespace } from '../model/namespaces.js';

// Mappings and the user namespace belong together (config-linux.md "User namespace mappings").
// - Mappings without a user namespace: runc and crun both accept the bundle and silently ignore
//   the mappings (checked with both), so the container runs with host ids: a warning. youki
//   refuses it from 0.7.0 (validate_spec_for_new_user_ns, crates/libcontainer/src/validator.rs).
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
    messages: {
      withoutUserns: {
        headline: 'linux.{{field}} is set, but linux.namespaces has no "user" namespace',
        detail: 'runc and crun accept the bundle and ignore the mappings, so the container runs with host ids; youki 0.7 and later refuse it.',
        help: 'Add { "type": "user" } to linux.namespaces, or remove the mappings.',
        severity: 'warning',
        runtimes: { runc: 'accepts', crun: 'accepts', youki: { refuses: '>=0.7' } },
      },
      missingOther: {
        headline: 'linux.{{field}} is set, but linux.{{other}} is not',
        detail: 'runc refuses a user namespace without {{kind}} mappings, and crun cannot switch to the process {{kind}}.',
        help: 'Add linux.{{other}} as well.',
      },
      none: {
        headline: 'linux.namespaces[{{index}}] creates a user namespace with no uid or gid mappings',
        detail: 'runc refuses this ("no uid mappings found"); only crun fills in a mapping of the calling user.',
        help: 'Add linux.uidMappings and linux.gidMappings for a bundle that runc may run.',
        severity: 'warning',
        // As root both runtimes refuse a user namespace without mappings (runtime oracle); crun run
        // rootless fills them in itself, which is why the finding stays a warning without --target.
        runtimes: { runc: 'refuses' },
      },
      joined: {
        headline: 'linux.{{field}} is set, but linux.namespaces[{{index}}].path joins a user namespace',
        detail: 'The mappings of a joined user namespace are already fixed; these are not applied.',
        help: 'Remove the mappings, or remove the path to create a new user namespace.',
        severity: 'warning',
      },
    },
  },
  reads: ['linux.namespaces', 'linux.uidMappings', 'linux.gidMappings'],
  check(ctx) {
    const linux = ctx.config.linux;
    if (!linux) return;
    const userns = findNamespace(ctx, 'user');
    // An empty list is no mapping at all, as far as the runtimes are concerned.
    const uid = (linux.uidMappings?.length ?? 0) > 0;
    const gid = (linux.gidMappings?.length ?? 0) > 0;
    const present = (['uidMappings', 'gidMappings'] as const).filter((f) => (f === 'uidMappings' ? uid : gid));
    if (!userns) {
      for (const field of present) ctx.report({ messageId: 'withoutUserns', node: linux, key: field, target: 'key', data: { field } });
      return;
    }
    if (userns.joinedPath !== undefined) {
      for (const field of present) ctx.report({ messageId: 'joined', node: linux, key: field, target: 'key', data: { field, index: userns.index } });
      return;
    }
    if (!uid && !gid) {
      ctx.report({ messageId: 'none', node: userns.node, data: { index: userns.index } });
    } else if (uid !== gid) {
      const field = uid ? 'uidMappings' : 'gidMappings';
      const other = uid ? 'gidMappings' : 'uidMappings';
      ctx.report({ messageId: 'missingOther', node: linux, key: field, target: 'key', data: { field, other, kind: uid ? 'group' : 'user' } });
    }
  },
});
