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

export default defineRule({
  meta: {
    id: 'process-selinux-label',
    description: 'process.selinuxLabel must be an SELinux context of the form user:role:type[:level].',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configLinuxProcess'), level: 'MAY' },
    platforms: ['linux'],
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    runtimes: {
      parts: { runc: 'refuses', crun: 'refuses' },
      name: { runc: 'refuses', crun: 'refuses' },
    },
    messages: {
      parts: 'process.selinuxLabel "{{value}}" is not an SELinux context: expected user:role:type[:level], got {{count}} part(s).',
      name: 'process.selinuxLabel "{{value}}": the {{part}} "{{name}}" is not a valid SELinux identifier.',
      level: 'process.selinuxLabel "{{value}}": the level "{{level}}" is not in the form s0, s0:c1,c2 or s0-s0:c0.c1023; translated names are not understood by the kernel.',
    },
  },
  check(ctx) {
    const value = ctx.string('/process/selinuxLabel');
    if (value === undefined || value === '' || !ctx.isValid('/process/selinuxLabel')) return;
    const pointer = '/process/selinuxLabel';
    const parts = value.split(':');
    if (parts.length < 3) return ctx.report({ messageId: 'parts', pointer, data: { value, count: parts.length } });
    const names = ['user', 'role', 'type'] as const;
    for (let i = 0; i < 3; i++) {
      const name = parts[i]!;
      if (!NAME.test(name)) return ctx.report({ messageId: 'name', pointer, data: { value, part: names[i]!, name } });
    }
    if (parts.length > 3) {
      const level = parts.slice(3).join(':');
      if (!LEVEL.test(level)) ctx.report({ messageId: 'level', pointer, severity: 'warning', data: { value, level } });
    }
  },
});
