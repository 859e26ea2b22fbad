import { defineRule } from './api.js';

// no_new_privs stops execve from granting privileges the caller did not have: setuid/setgid bits
// and file capabilities in the rootfs then do nothing.
export default defineRule({
  meta: {
    id: 'no-new-privileges',
    description: 'process.noNewPrivileges should be true so that setuid binaries and file capabilities cannot raise privileges.',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 'medium',
    platforms: ['linux'],
    messages: {
      false: 'process.noNewPrivileges is false: setuid binaries and file capabilities in the rootfs can raise the process\'s privileges.',
      missing: 'process.noNewPrivileges is not set: setuid binaries and file capabilities in the rootfs can raise the process\'s privileges.',
    },
  },
  check(ctx) {
    if (!ctx.object('/process')) return;
    const v = ctx.get('/process/noNewPrivileges');
    if (v === true) return;
    if (v === false) return ctx.report({ messageId: 'false', pointer: '/process/noNewPrivileges' });
    if (v === undefined) ctx.report({ messageId: 'missing', pointer: '/process', target: 'key' });
  },
});
