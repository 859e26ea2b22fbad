import { defineRule, specUrl } from './api.js';
import { missingAt } from '../model/places.js';

// Without linux.seccomp the runtime installs no filter at all: the whole syscall surface of the
// host kernel (hundreds of calls, including rarely used ones with a history of bugs) is reachable.
export default defineRule({
  meta: {
    id: 'seccomp-missing',
    description: 'linux.seccomp should be set so that the runtime installs a syscall filter.',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 'medium',
    spec: { url: specUrl('config-linux.md', 'configLinuxSeccomp'), level: 'MAY' },
    platforms: ['linux'],
    messages: {
      missing: {
        headline: 'linux.seccomp is not set: the runtime installs no seccomp filter',
        detail: 'Every system call of the host kernel is reachable from the container: hundreds of calls, including rarely used ones with a history of bugs.',
        help: 'Add a seccomp profile as linux.seccomp: deny by default, and allow the system calls the workload needs.',
      },
    },
  },
  // Runs whether or not linux.seccomp is there: its absence is the finding.
  check(ctx) {
    const linux = ctx.config.linux;
    // A seccomp of the wrong type is config-schema's finding, not a missing one.
    if (linux !== undefined && ctx.has(linux, 'seccomp')) return;
    ctx.report({ messageId: 'missing', ...missingAt(ctx, ['linux', 'seccomp']) });
  },
});
