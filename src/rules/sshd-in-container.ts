import { defineRule } from './api.js';

// An SSH daemon as the container's process means a second way in, with its own keys and
// passwords to manage; `runc exec` or the engine's exec is the intended way to get a shell.
export default defineRule({
  meta: {
    id: 'sshd-in-container',
    description: 'The container\'s process should not be an SSH daemon.',
    category: 'security',
    defaultSeverity: 'info',
    securitySeverity: 'low',
    messages: {
      sshd: {
        headline: 'process.args[0] is "{{value}}": the container runs an SSH daemon',
        detail: 'It is a remote login path that bypasses the runtime\'s exec: a second way in, with its own keys and passwords to manage.',
        help: 'Use `runc exec` (or the engine\'s exec) for interactive access, and run the application itself as the container\'s process.',
      },
    },
  },
  reads: ['process.args'],
  check(ctx) {
    const args = ctx.config.process?.args;
    const value = args?.[0];
    if (args === undefined || value === undefined) return;
    if ((value.split('/').pop() ?? '') === 'sshd') ctx.report({ messageId: 'sshd', node: args, key: 0, data: { value } });
  },
});
