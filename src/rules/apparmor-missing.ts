import { defineRule } from './api.js';

// Docker and Podman apply a default AppArmor profile themselves; a bare OCI runtime applies none
// when the field is absent. Whether a profile can be applied at all depends on the host (runc and
// crun refuse the config on a host without AppArmor), so this rule only runs with --preset all.
export default defineRule({
  meta: {
    id: 'apparmor-missing',
    description: 'process.apparmorProfile should name a profile on hosts that use AppArmor.',
    category: 'security',
    defaultSeverity: 'info',
    securitySeverity: 'low',
    platforms: ['linux'],
    presets: ['all'],
    messages: {
      missing: 'process.apparmorProfile is not set: the runtime applies no AppArmor profile (Docker would apply "docker-default").',
    },
  },
  check(ctx) {
    if (!ctx.object('/process') || ctx.get('/process/apparmorProfile') !== undefined) return;
    ctx.report({ messageId: 'missing', pointer: '/process', target: 'key' });
  },
});
