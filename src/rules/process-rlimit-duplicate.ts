import { defineRule, isObject, ptr, specUrl } from './api.js';
import { field } from './util/process.js';

// config.md "POSIX process": if rlimits holds two entries of the same type the runtime MUST
// generate an error. runc 1.1.5 and crun 1.8.1 do not: both accept the config (checked) and call
// setrlimit once per entry in order, so the later entry is what the process gets.
export default defineRule({
  meta: {
    id: 'process-rlimit-duplicate',
    description: 'process.rlimits must not list the same type twice.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configPOSIXProcess'), level: 'MUST' },
    platforms: ['linux', 'solaris', 'freebsd', 'zos', 'vm'],
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    runtimes: {
      duplicate: { runc: 'accepts', crun: 'accepts' },
    },
    messages: {
      duplicate: '{{field}} repeats "{{value}}" (already set by {{first}}); the spec requires an error, while runc and crun apply the later entry.',
    },
  },
  check(ctx) {
    const rlimits = ctx.array('/process/rlimits');
    if (!rlimits) return;
    const seen = new Map<string, number>();
    rlimits.forEach((r, i) => {
      const pointer = ptr('process', 'rlimits', i, 'type');
      const value = isObject(r) ? r['type'] : undefined;
      if (typeof value !== 'string' || !ctx.isValid(pointer)) return;
      const first = seen.get(value);
      if (first === undefined) {
        seen.set(value, i);
        return;
      }
      ctx.report({
        messageId: 'duplicate',
        pointer,
        data: { field: field('process', 'rlimits', i, 'type'), value, first: field('process', 'rlimits', first) },
        related: [{ message: `${value} first set here`, pointer: ptr('process', 'rlimits', first, 'type') }],
      });
    });
  },
});
