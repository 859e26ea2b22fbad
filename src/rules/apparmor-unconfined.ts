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
      unconfined: 'process.apparmorProfile is "unconfined": AppArmor does not restrict the process (no mount, ptrace or /proc write rules apply).',
    },
  },
  check(ctx) {
    if (ctx.string('/process/apparmorProfile') === 'unconfined') ctx.report({ messageId: 'unconfined', pointer: '/process/apparmorProfile' });
  },
});
