import { defineRule, specUrl } from './api.js';

// config.md "Linux Process": selinuxLabel is an SELinux context, user:role:type with an optional
// MLS/MCS level (s0, s0:c1,c2, s0-s0:c0.c1023). runc writes it as given to /proc/self/attr/exec,
// where the kernel rejects a malformed context with EINVAL; crun fails the same way ("write to
// `/proc/self/attr/keycreate`: Invalid argument" here, where SELinux is off). Whether SELinux is
// enabled depends on the host (runc: "selinux label is specified in config, but selinux is
// disabled or not supported"), so only the syntax is judged.
const NAME = /^[A-Za-z0-9_.-]+$/;
const CATS = String.raw`c\d+(?:[.,]c\d+)*`;
const LEVEL = new RegExp(String.raw`^s\d+(?::${CATS})?(?:-s\d+(?::${CATS})?)?$`);

const REJECTED = 'runc writes the label as given to /proc/self/attr/exec, where the kernel rejects a malformed context with EINVAL; crun fails the same way.';

export default defineRule({
  meta: {
    id: 'process-selinux-label',
    description: 'process.selinuxLabel must be an SELinux context of the form user:role:type[:level].',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configLinuxProcess'), level: 'MAY' },
    platforms: ['linux'],
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    messages: {
      parts: {
        headline: 'process.selinuxLabel "{{value}}" has {{count}} part(s), not user:role:type[:level]',
        detail: `It is not an SELinux context. ${REJECTED}`,
        help: 'Write the full context, such as "system_u:system_r:container_t:s0:c1,c2".',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      name: {
        headline: 'process.selinuxLabel "{{value}}": the {{part}} "{{name}}" is not a valid identifier',
        detail: `User, role and type are identifiers of letters, digits, "_", "." and "-". ${REJECTED}`,
        help: 'Fix the {{part}} of the context, as in "system_u:system_r:container_t:s0".',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      level: {
        headline: 'process.selinuxLabel "{{value}}": the level "{{level}}" is not of the form s0:c1,c2',
        detail: 'A level has the form s0, s0:c1,c2 or s0-s0:c0.c1023; the kernel does not understand translated names.',
        help: 'Write the level in raw form, such as "s0:c1,c2".',
        severity: 'warning',
      },
    },
  },
  reads: ['process.selinuxLabel'],
  check(ctx) {
    const process = ctx.config.process;
    const value = process?.selinuxLabel;
    if (process === undefined || value === undefined || value === '' || !ctx.valid(process, 'selinuxLabel')) return;
    const place = { node: process, key: 'selinuxLabel' } as const;
    const parts = value.split(':');
    if (parts.length < 3) return ctx.report({ messageId: 'parts', ...place, data: { value, count: parts.length } });
    const names = ['user', 'role', 'type'] as const;
    for (let i = 0; i < 3; i++) {
      const name = parts[i]!;
      if (!NAME.test(name)) return ctx.report({ messageId: 'name', ...place, data: { value, part: names[i]!, name } });
    }
    if (parts.length > 3) {
      const level = parts.slice(3).join(':');
      if (!LEVEL.test(level)) ctx.report({ messageId: 'level', ...place, data: { value, level } });
    }
  },
});
