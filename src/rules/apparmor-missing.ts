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
      missing: {
        headline: 'process.apparmorProfile is not set',
        detail: 'The runtime applies no AppArmor profile (Docker would apply "docker-default").',
        help: 'On AppArmor hosts, set process.apparmorProfile to a loaded profile.',
      },
    },
  },
  // Reported only for a process object: one without apparmorProfile is the finding.
  reads: ['process'],
  check(ctx) {
    const process = ctx.config.process;
    if (!process || ctx.has(process, 'apparmorProfile')) return;
    ctx.report({ messageId: 'missing', node: ctx.config, key: 'process', target: 'key' });
  },
});
