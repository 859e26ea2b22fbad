import { defineRule, specUrl } from './api.js';

// config.md: hooks are defined for POSIX platforms only. A Windows config (a `windows` section
// and no POSIX platform section) carrying hooks gets them ignored by Windows runtimes.
export default defineRule({
  meta: {
    id: 'hooks-platform',
    description: 'hooks are a POSIX-platform feature and are ignored in a Windows config.',
    category: 'spec',
    defaultSeverity: 'warning',
    spec: { url: specUrl('config.md', 'configHooks'), level: 'MAY' },
    platforms: ['windows'],
    messages: {
      windows: {
        headline: 'hooks is set in a Windows config',
        detail: 'hooks is defined only for POSIX platforms; a Windows runtime ignores it.',
        help: 'Remove hooks from the config.',
      },
    },
  },
  reads: ['hooks'],
  check(ctx) {
    const posix = ['linux', 'solaris', 'vm', 'zos', 'freebsd'] as const;
    if (posix.some((p) => ctx.platforms.has(p))) return;
    if (ctx.config.hooks === undefined) return;
    ctx.report({ messageId: 'windows', node: ctx.config, key: 'hooks', target: 'key' });
  },
});
