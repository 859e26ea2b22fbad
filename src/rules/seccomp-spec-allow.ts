import { defineRule, specUrl } from './api.js';

// SECCOMP_FILTER_FLAG_SPEC_ALLOW stops the kernel from enabling the Speculative Store Bypass
// mitigation that installing a filter normally turns on for the task.
export default defineRule({
  meta: {
    id: 'seccomp-spec-allow',
    description: 'linux.seccomp.flags should not contain SECCOMP_FILTER_FLAG_SPEC_ALLOW, which turns off a Spectre mitigation.',
    category: 'security',
    defaultSeverity: 'info',
    securitySeverity: 'low',
    spec: { url: specUrl('config-linux.md', 'configLinuxSeccomp'), level: 'MAY' },
    platforms: ['linux'],
    messages: {
      specAllow: {
        headline: 'linux.seccomp.flags[{{index}}] is "SECCOMP_FILTER_FLAG_SPEC_ALLOW"',
        detail: 'Installing a seccomp filter normally makes the kernel enable the Speculative Store Bypass mitigation for the task; this flag stops that, so the container runs without it.',
        help: 'Remove the flag.',
      },
    },
  },
  reads: ['linux.seccomp.flags'],
  check(ctx) {
    const flags = ctx.config.linux?.seccomp?.flags;
    flags?.forEach((f, index) => {
      if (f === 'SECCOMP_FILTER_FLAG_SPEC_ALLOW') ctx.report({ messageId: 'specAllow', node: flags, key: index, data: { index } });
    });
  },
});
