import { defineRule, specUrl } from './api.js';

// config.md "Linux Process" ioPriority: priority is a level from 0 (highest) to 7 (lowest). The
// kernel's ioprio_set(2) refuses a level of 8 or more for the RT and BE classes with EINVAL, and
// runtimes that support the field (runc 1.2+, crun 1.9+) fail create; for IDLE the kernel ignores
// the level, so a wrong one there is only a warning. runc 1.1.5 and crun 1.8.1 ignore the field.
export default defineRule({
  meta: {
    id: 'process-io-priority',
    description: 'process.ioPriority.priority must be a level from 0 to 7.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configLinuxProcess'), level: 'SHOULD' },
    platforms: ['linux'],
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    runtimes: {
      range: { runc: 'accepts', crun: 'accepts' },
      rangeIdle: { runc: 'accepts', crun: 'accepts' },
    },
    messages: {
      range: 'process.ioPriority.priority {{value}} is outside 0..7; ioprio_set fails with EINVAL for {{cls}}.',
      rangeIdle: 'process.ioPriority.priority {{value}} is outside 0..7; the kernel ignores the level for IOPRIO_CLASS_IDLE, but the spec allows only 0..7.',
    },
  },
  check(ctx) {
    const p = ctx.bigint('/process/ioPriority/priority');
    if (p === undefined || !ctx.isValid('/process/ioPriority/priority') || (p >= 0n && p <= 7n)) return;
    const cls = ctx.string('/process/ioPriority/class');
    if (cls === 'IOPRIO_CLASS_IDLE') {
      return ctx.report({ messageId: 'rangeIdle', pointer: '/process/ioPriority/priority', severity: 'warning', data: { value: p } });
    }
    ctx.report({ messageId: 'range', pointer: '/process/ioPriority/priority', data: { value: p, cls: cls ?? 'this class' } });
  },
});
