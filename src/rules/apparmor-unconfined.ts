import { defineRule } from './api.js';

export default defineRule({
  meta: {
    id: 'apparmor-unconfined',
    description: 'process.apparmorProfile should not be "unconfined".',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 'high',
    platforms: ['linux'],
    messages: {
      unconfined: {
        headline: 'process.apparmorProfile is "unconfined"',
        detail: 'AppArmor does not restrict the process: no mount, ptrace or /proc write rules apply.',
        help: 'Name a profile loaded on the host (such as "docker-default", or one written for the workload), or leave the field out on hosts without AppArmor.',
      },
    },
  },
  reads: ['process.apparmorProfile'],
  check(ctx) {
    const process = ctx.config.process;
    if (process?.apparmorProfile === 'unconfined') ctx.report({ messageId: 'unconfined', node: process, key: 'apparmorProfile' });
  },
});
