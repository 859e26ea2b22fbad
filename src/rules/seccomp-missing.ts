import { defineRule } from './api.js';

// Without linux.seccomp the runtime installs no filter at all: the whole syscall surface of the
// host kernel (hundreds of calls, including rarely used ones with a history of bugs) is reachable.
export default defineRule({
  meta: {
    id: 'seccomp-missing',
    description: 'linux.seccomp should be set so that the runtime installs a syscall filter.',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 'medium',
    platforms: ['linux'],
    messages: {
      missing: 'linux.seccomp is not set: the runtime installs no seccomp filter, so every syscall of the host kernel is reachable.',
    },
  },
  check(ctx) {
    if (ctx.get('/linux/seccomp') !== undefined) return;
    if (ctx.object('/linux')) ctx.report({ messageId: 'missing', pointer: '/linux', target: 'key' });
    else ctx.report({ messageId: 'missing', pointer: '' });
  },
});
