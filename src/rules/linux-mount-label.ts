import { defineRule, specUrl } from './api.js';

// config-linux.md "Mount Label": an SELinux context for the container's mounts, in the form
// user:role:type with an optional MLS/MCS level (which may itself contain colons, s0:c1,c2).
// runc passes it as a context= mount option; a value that is not a context makes mount(2) fail with
// EINVAL at create (runc: `mount tmpfs:/dev ... context="garbage": invalid argument`, verified).
const CONTEXT = /^[A-Za-z0-9_.-]+:[A-Za-z0-9_.-]+:[A-Za-z0-9_.-]+(?::[A-Za-z0-9_.,:-]+)?$/;

export default defineRule({
  meta: {
    id: 'linux-mount-label',
    description: 'linux.mountLabel must be an SELinux context of the form user:role:type[:level].',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxMountLabel'), level: 'MAY' },
    platforms: ['linux'],
    messages: {
      syntax: 'linux.mountLabel "{{value}}" is not an SELinux context of the form user:role:type[:level].',
    },
  },
  check(ctx) {
    const value = ctx.string('/linux/mountLabel');
    if (value === undefined || value === '') return;
    if (!CONTEXT.test(value)) ctx.report({ messageId: 'syntax', pointer: '/linux/mountLabel', data: { value } });
  },
});
