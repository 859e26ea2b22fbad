import { defineRule, ptr } from './api.js';

// SECCOMP_FILTER_FLAG_SPEC_ALLOW stops the kernel from enabling the Speculative Store Bypass
// mitigation that installing a filter normally turns on for the task.
export default defineRule({
  meta: {
    id: 'seccomp-spec-allow',
    description: 'linux.seccomp.flags should not contain SECCOMP_FILTER_FLAG_SPEC_ALLOW, which turns off a Spectre mitigation.',
    category: 'security',
    defaultSeverity: 'info',
    securitySeverity: 'low',
    platforms: ['linux'],
    messages: {
      specAllow: 'linux.seccomp.flags[{{index}}] is "SECCOMP_FILTER_FLAG_SPEC_ALLOW": the Speculative Store Bypass mitigation is not enabled for the container.',
    },
  },
  check(ctx) {
    (ctx.array('/linux/seccomp/flags') ?? []).forEach((f, index) => {
      if (f === 'SECCOMP_FILTER_FLAG_SPEC_ALLOW') ctx.report({ messageId: 'specAllow', pointer: ptr('linux', 'seccomp', 'flags', index), data: { index } });
    });
  },
});
