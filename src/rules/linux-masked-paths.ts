import { defineRule, ptr, specUrl } from './api.js';
import { hasNamespace } from './util/linux.js';

// config-linux.md "Masked paths" / "Readonly paths": the values MUST be absolute paths in the
// container. Both runtimes accept a relative one (and then mask nothing useful), so the spec is the
// reason for the error. Masking and read-only remounts happen in the container's mount namespace;
// without one they would apply to the host, so runc refuses ("unable to restrict sys entries
// without a private MNT namespace"); crun accepts it.
export default defineRule({
  meta: {
    id: 'linux-masked-paths',
    description: 'maskedPaths and readonlyPaths must be absolute and need a mount namespace.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxMaskedPaths'), level: 'MUST' },
    platforms: ['linux'],
    // runc refuses without a mount namespace; crun 1.8.1 accepts (runtime oracle).
    runtimes: { noMountNs: { runc: 'refuses', crun: 'accepts' }, relative: { runc: 'accepts', crun: 'accepts' } },
    messages: {
      relative: 'linux.{{field}}[{{index}}] must be an absolute path in the container, got "{{value}}".',
      noMountNs: 'linux.{{field}} is set but linux.namespaces has no "mount" namespace; runc refuses to mask or remount paths in the host mount namespace.',
    },
  },
  check(ctx) {
    const mountNs = hasNamespace(ctx, 'mount');
    for (const field of ['maskedPaths', 'readonlyPaths']) {
      const list = ctx.array(ptr('linux', field));
      if (!list) continue;
      list.forEach((value, index) => {
        if (typeof value === 'string' && !value.startsWith('/')) {
          ctx.report({ messageId: 'relative', pointer: ptr('linux', field, index), data: { field, index, value } });
        }
      });
      if (list.length > 0 && !mountNs) ctx.report({ messageId: 'noMountNs', pointer: ptr('linux', field), target: 'key', data: { field } });
    }
  },
});
