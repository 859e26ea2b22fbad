import { defineRule, specUrl } from './api.js';

// config.md "Linux Process" ioPriority: priority is a level from 0 (highest) to 7 (lowest). The
// kernel's ioprio_set(2) refuses a level of 8 or more for the RT and BE classes with EINVAL, and
// runtimes that support the field (runc 1.2+, crun 1.9+) fail create; for IDLE the kernel ignores
// the level, so a wrong one there is only a warning. runc 1.1.5 and crun 1.8.1 ignore the field.
// runc 1.2 and later check 0..7 for every class before create (validate/validator.go,
// "invalid ioPriority.Priority"); crun 1.9 and later call ioprio_set (io_priority.c). youki checks
// 0..7 for every class before create from 0.2.0 (init_builder.rs to 0.6.0, validator.rs in 0.7.0).
export default defineRule({
  meta: {
    id: 'process-io-priority',
    description: 'process.ioPriority.priority must be a level from 0 to 7.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configLinuxProcess'), level: 'SHOULD' },
    platforms: ['linux'],
    runtimeVersions: 'runc 1.1.5 and crun 1.8.1 (runtime oracle); runc 1.2.0 to 1.5.1, crun 1.9 to 1.29.1 and youki 0.2.0 to 0.7.0 from source',
    messages: {
      range: {
        headline: 'process.ioPriority.priority {{value}} is outside 0..7',
        detail: 'ioprio_set fails with EINVAL for {{cls}}: runc 1.2 and later and youki refuse it ("invalid ioPriority.Priority"), crun 1.9 and later fail create; runc 1.1 and crun 1.8 ignore the field.',
        help: 'Use a level from 0 (highest) to 7 (lowest). For the lowest I/O priority, use the class IOPRIO_CLASS_IDLE.',
        runtimes: { runc: { refuses: '>=1.2' }, crun: { refuses: '>=1.9' }, youki: { refuses: '>=0.2' } },
      },
      rangeIdle: {
        headline: 'process.ioPriority.priority {{value}} is outside 0..7',
        detail: 'The kernel ignores the level for IOPRIO_CLASS_IDLE, and crun passes it on; but the spec allows only 0..7, and runc 1.2 and later and youki refuse it whatever the class ("invalid ioPriority.Priority").',
        help: 'Use a level from 0 to 7.',
        severity: 'warning',
        runtimes: { runc: { refuses: '>=1.2' }, crun: 'accepts', youki: { refuses: '>=0.2' } },
      },
    },
  },
  reads: ['process.ioPriority'],
  check(ctx) {
    const io = ctx.config.process?.ioPriority;
    if (!io) return;
    const p = ctx.exact(io, 'priority');
    if (p === undefined || !ctx.valid(io, 'priority') || (p >= 0n && p <= 7n)) return;
    const cls = io.class;
    if (cls === 'IOPRIO_CLASS_IDLE') return ctx.report({ messageId: 'rangeIdle', node: io, key: 'priority', data: { value: p } });
    ctx.report({ messageId: 'range', node: io, key: 'priority', data: { value: p, cls: cls ?? 'this class' } });
  },
});
