import { defineRule, specUrl } from './api.js';

// config-windows.md "CPU": count, shares and maximum are mutually exclusive ways to limit the
// CPU; shares is a weight from 0 to 10,000, and maximum a share of cycles per 10,000 (a percentage
// times 100). The schema only knows they are uint16, so 20000 passes it. hcsshim refuses specs
// that set more than one of the three.
const FIELDS = ['count', 'shares', 'maximum'] as const;

export default defineRule({
  meta: {
    id: 'windows-resources-cpu',
    description: 'windows.resources.cpu may set only one of count, shares and maximum, with shares and maximum at most 10000.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-windows.md', 'configWindowsCpu'), level: 'MUST' },
    platforms: ['windows'],
    messages: {
      exclusive: {
        headline: 'windows.resources.cpu.{{field}} is set together with {{other}}',
        detail: 'count, shares and maximum are mutually exclusive ways to limit the CPU; hcsshim refuses specs that set more than one of them.',
        help: 'Keep one of count, shares and maximum.',
      },
      range: {
        headline: 'windows.resources.cpu.{{field}} is {{value}}, above 10000',
        detail: 'The scale is cycles per 10,000: shares is a weight from 0 to 10,000, and maximum a percentage times 100. The schema only checks that the value fits in 16 bits.',
        help: 'Set it to 10000 or less.',
      },
    },
  },
  reads: ['windows.resources.cpu'],
  check(ctx) {
    const cpu = ctx.config.windows?.resources?.cpu;
    if (!cpu || !ctx.valid(cpu)) return;
    // Every field of a valid cpu object has its type, so the view shows each one that is set.
    const set = FIELDS.filter((f) => cpu[f] !== undefined);
    for (const field of set.slice(1)) {
      ctx.report({ messageId: 'exclusive', node: cpu, key: field, target: 'key', data: { field, other: set[0]! } });
    }
    for (const field of ['shares', 'maximum'] as const) {
      const value = cpu[field];
      if (value !== undefined && value > 10000) ctx.report({ messageId: 'range', node: cpu, key: field, data: { field, value } });
    }
  },
});
