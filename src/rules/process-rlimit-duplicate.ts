import { defineRule, specUrl } from './api.js';
import { fieldOf } from '../model/view.js';

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
    messages: {
      duplicate: {
        headline: '{{field}} repeats "{{value}}" (already set by {{first}})',
        detail: 'The spec requires the runtime to generate an error; runc 1.1.5 and crun 1.8.1 accept the config and apply the later entry.',
        help: 'Keep one entry per type, with the values you want.',
        runtimes: { runc: 'accepts', crun: 'accepts' },
      },
    },
  },
  reads: ['process.rlimits'],
  check(ctx) {
    const rlimits = ctx.config.process?.rlimits;
    if (!rlimits) return;
    const seen = new Map<string, number>();
    rlimits.forEach((r, i) => {
      const value = r?.type;
      if (r === undefined || value === undefined || !ctx.valid(r, 'type')) return;
      const first = seen.get(value);
      if (first === undefined) {
        seen.set(value, i);
        return;
      }
      ctx.report({
        messageId: 'duplicate',
        node: r,
        key: 'type',
        data: { field: fieldOf(r, 'type'), value, first: fieldOf(rlimits, first) },
        related: [{ message: `${value} first set here`, node: rlimits[first]!, key: 'type' }],
      });
    });
  },
});
