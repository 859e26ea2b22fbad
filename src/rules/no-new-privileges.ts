import { defineRule } from './api.js';

// no_new_privs stops execve from granting privileges the caller did not have: setuid/setgid bits
// and file capabilities in the rootfs then do nothing.
const DETAIL = 'setuid binaries and file capabilities in the rootfs can raise the process\'s privileges.';
const HELP = 'Set process.noNewPrivileges to true.';

export default defineRule({
  meta: {
    id: 'no-new-privileges',
    description: 'process.noNewPrivileges should be true so that setuid binaries and file capabilities cannot raise privileges.',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 'medium',
    platforms: ['linux'],
    suggests: 'setting process.noNewPrivileges to true.',
    messages: {
      false: { headline: 'process.noNewPrivileges is false', detail: `With it false, ${DETAIL}`, help: HELP },
      missing: { headline: 'process.noNewPrivileges is not set', detail: `Without it, ${DETAIL}`, help: HELP },
    },
  },
  // Reported only for a process object: one without noNewPrivileges is the finding.
  reads: ['process'],
  check(ctx) {
    const process = ctx.config.process;
    if (!process) return;
    const v = process.noNewPrivileges;
    if (v === true) return;
    // A person decides whether the process may gain privileges: suggestions, not fixes.
    const title = 'Set process.noNewPrivileges to true';
    if (v === false) return ctx.report({ messageId: 'false', node: process, key: 'noNewPrivileges', suggestions: [{ title, edit: (f) => f.replaceValue(process, 'noNewPrivileges', true) }] });
    // A value of the wrong type is config-schema's finding, not a missing one.
    if (!ctx.has(process, 'noNewPrivileges')) {
      ctx.report({ messageId: 'missing', node: ctx.config, key: 'process', target: 'key', suggestions: [{ title, edit: (f) => f.insertProperty(process, 'noNewPrivileges', true) }] });
    }
  },
});
