import { defineRule, specUrl } from './api.js';
import { hasNamespace } from '../model/namespaces.js';
import { fieldOf } from '../model/view.js';

// config-linux.md "Masked paths" / "Readonly paths": the values MUST be absolute paths in the
// container. Both runtimes accept a relative one (and then mask nothing useful), so the spec is the
// reason for the error. Masking and read-only remounts happen in the container's mount namespace;
// without one they would apply to the host, so runc refuses ("unable to restrict sys entries
// without a private MNT namespace"); crun accepts it. youki refuses it from 0.7.0
// (validate_spec_for_mnt_namespace, crates/libcontainer/src/validator.rs); 0.6.0 has no check.
export default defineRule({
  meta: {
    id: 'linux-masked-paths',
    description: 'maskedPaths and readonlyPaths must be absolute and need a mount namespace.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxMaskedPaths'), level: 'MUST' },
    platforms: ['linux'],
    messages: {
      relative: {
        headline: '{{field}} "{{value}}" is not an absolute path',
        detail: 'The spec requires an absolute path in the container. runc and crun accept a relative one, and then mask nothing useful.',
        help: 'Write the path from the container\'s root, such as "/proc/kcore".',
        runtimes: { runc: 'accepts', crun: 'accepts' },
      },
      noMountNs: {
        headline: '{{field}} is set, but linux.namespaces has no "mount" namespace',
        detail: 'Masking and read-only remounts happen in the container\'s mount namespace; without one they would apply to the host, so runc and youki 0.7 and later refuse ("unable to restrict sys entries without a private MNT namespace"). crun 1.8.1 accepts it.',
        help: 'Add {"type": "mount"} to linux.namespaces.',
        // runc refuses without a mount namespace; crun 1.8.1 accepts (runtime oracle).
        runtimes: { runc: 'refuses', crun: 'accepts', youki: { refuses: '>=0.7' } },
      },
    },
  },
  reads: ['linux.maskedPaths', 'linux.readonlyPaths'],
  check(ctx) {
    const linux = ctx.config.linux;
    if (!linux) return;
    const mountNs = hasNamespace(ctx, 'mount');
    for (const field of ['maskedPaths', 'readonlyPaths'] as const) {
      const list = linux[field];
      if (!list) continue;
      list.forEach((value, index) => {
        if (value !== undefined && !value.startsWith('/')) {
          ctx.report({ messageId: 'relative', node: list, key: index, data: { field: fieldOf(list, index), value } });
        }
      });
      if (list.length > 0 && !mountNs) ctx.report({ messageId: 'noMountNs', node: linux, key: field, target: 'key', data: { field: fieldOf(linux, field) } });
    }
  },
});
