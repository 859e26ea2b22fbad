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
    runtimes: {
      tooLarge: { runc: 'accepts', crun: 'accepts' },
      octalDigits: { runc: 'accepts', crun: 'accepts' },
    },
    messages: {
      tooLarge: 'process.user.umask {{value}} is above 511 (0o777); only its low 9 bits are used, giving 0o{{effective}}.',
      octalDigits: 'process.user.umask {{value}} is above 511 (0o777) and looks like octal written in decimal; for 0o{{value}} write {{decimal}}.',
    },
  },
  check(ctx) {
    const v = ctx.bigint('/process/user/umask');
    if (v === undefined || v <= 511n || !ctx.isValid('/process/user/umask')) return;
    const text = v.toString();
    if (/^[0-7]{3,4}$/.test(text)) {
      return ctx.report({ messageId: 'octalDigits', pointer: '/process/user/umask', data: { value: text, decimal: parseInt(text, 8) & 0o777 } });
    }
    ctx.report({ messageId: 'tooLarge', pointer: '/process/user/umask', data: { value: text, effective: (v & 0o777n).toString(8).padStart(3, '0') } });
  },
});
