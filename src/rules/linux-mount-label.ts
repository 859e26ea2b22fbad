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
      syntax: {
        headline: 'linux.mountLabel "{{value}}" is not an SELinux context (user:role:type[:level])',
        detail: 'runc passes the label to mount(2) as a context= option, and the kernel refuses a value that is not a context: the mount fails with "invalid argument" at create.',
        help: 'Write a context such as "system_u:object_r:container_file_t:s0", or leave linux.mountLabel out.',
      },
    },
  },
  reads: ['linux.mountLabel'],
  check(ctx) {
    const linux = ctx.config.linux;
    const value = linux?.mountLabel;
    if (linux === undefined || value === undefined || value === '') return;
    if (!CONTEXT.test(value)) ctx.report({ messageId: 'syntax', node: linux, key: 'mountLabel', data: { value } });
  },
});
