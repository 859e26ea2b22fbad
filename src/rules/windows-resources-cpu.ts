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
      exclusive: 'windows.resources.cpu.{{field}} is set together with {{other}}; count, shares and maximum are mutually exclusive.',
      range: 'windows.resources.cpu.{{field}} is {{value}}, above 10000 (the scale is cycles per 10,000).',
    },
  },
  check(ctx) {
    const cpu = ctx.object('/windows/resources/cpu');
    if (!cpu || !ctx.isValid('/windows/resources/cpu')) return;
    const set = FIELDS.filter((f) => cpu[f] !== undefined && cpu[f] !== null);
    for (const field of set.slice(1)) {
      ctx.report({ messageId: 'exclusive', pointer: `/windows/resources/cpu/${field}`, target: 'key', data: { field, other: set[0]! } });
    }
    for (const field of ['shares', 'maximum'] as const) {
      const value = ctx.number(`/windows/resources/cpu/${field}`);
      if (value !== undefined && value > 10000) ctx.report({ messageId: 'range', pointer: `/windows/resources/cpu/${field}`, data: { field, value } });
    }
  },
});
