import { defineRule, specUrl } from './api.js';

// config.md "POSIX-platform User": umask is the process's umask(2). The kernel keeps only the
// permission bits (mask & 0777), so a larger value is not refused (runc 1.1.5 and crun 1.8.1 both
// accept 512) but does not mean what it says. JSON has no octal, so the value is decimal: the
// usual 0022 is 18; a value written as the octal digits (755, 644, 777) is the common slip.
export default defineRule({
  meta: {
    id: 'process-umask',
    description: 'process.user.umask should be within 0..511 (0o777); JSON numbers are decimal.',
    category: 'best-practice',
    defaultSeverity: 'warning',
    spec: { url: specUrl('config.md', 'configPOSIXUser'), level: 'MAY' },
    versions: '>=1.0.2',
    platforms: ['linux', 'solaris', 'vm', 'zos', 'freebsd'],
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    suggests: 'the octal reading of an octal-looking umask; for one above 511, the value the kernel applies.',
    messages: {
      tooLarge: {
        headline: 'process.user.umask {{value}} is above 511 (0o777)',
        detail: 'The kernel keeps only its low 9 bits, giving 0o{{effective}}; runc 1.1.5 and crun 1.8.1 accept it.',
        help: 'Write the umask in decimal, within 0..511: 0o022 is 18, 0o077 is 63.',
        runtimes: { runc: 'accepts', crun: 'accepts' },
      },
      octalDigits: {
        headline: 'process.user.umask {{value}} looks like octal written in decimal',
        detail: 'It is above 511 (0o777): JSON numbers are decimal, and the kernel keeps only the low 9 bits.',
        help: 'For 0o{{value}}, write {{decimal}}.',
        runtimes: { runc: 'accepts', crun: 'accepts' },
      },
    },
  },
  reads: ['process.user.umask'],
  check(ctx) {
    const user = ctx.config.process?.user;
    if (!user) return;
    const v = ctx.exact(user, 'umask');
    if (v === undefined || v <= 511n || !ctx.valid(user, 'umask')) return;
    const text = v.toString();
    if (/^[0-7]{3,4}$/.test(text)) {
      // What was probably meant is a person's call: a suggestion, not a fix.
      const meant = parseInt(text, 8) & 0o777;
      return ctx.report({ messageId: 'octalDigits', node: user, key: 'umask', data: { value: text, decimal: meant }, suggestions: [{ title: `Write ${meant} (0o${text})`, edit: (f) => f.replaceValue(user, 'umask', meant) }] });
    }
    const effective = Number(v & 0o777n);
    ctx.report({
      messageId: 'tooLarge',
      node: user,
      key: 'umask',
      data: { value: text, effective: effective.toString(8).padStart(3, '0') },
      suggestions: [{ title: `Write ${effective}, the umask the kernel applies (0o${effective.toString(8).padStart(3, '0')})`, edit: (f) => f.replaceValue(user, 'umask', effective) }],
    });
  },
});
