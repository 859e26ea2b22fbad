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
      sshd: 'process.args[0] is "{{value}}": the container runs an SSH daemon, a remote login path that bypasses the runtime\'s exec.',
    },
  },
  check(ctx) {
    const value = ctx.string('/process/args/0');
    if (value === undefined) return;
    if ((value.split('/').pop() ?? '') === 'sshd') ctx.report({ messageId: 'sshd', pointer: '/process/args/0', data: { value } });
  },
});
