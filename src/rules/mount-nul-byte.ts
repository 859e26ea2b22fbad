import { defineRule } from './api.js';
import { mountEntries } from './util/mounts.js';

// mount(2) takes C strings, so a NUL byte (written \u0000 in JSON) cuts a path short. runc 1.1.5
// refuses the config up front ("mount field contains null byte"); crun 1.8.1 silently mounts at
// the truncated path (it accepts the config; the kernel reads C strings).
const FIELDS = ['destination', 'source', 'type'] as const;

export default defineRule({
  meta: {
    id: 'mount-nul-byte',
    description: 'Mount destination, source and type must not contain a NUL character.',
    category: 'runtime',
    defaultSeverity: 'error',
    platforms: ['linux'],
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    runtimes: { nul: { runc: 'refuses', crun: 'accepts' } },
    messages: {
      nul: 'mounts[{{index}}].{{field}} contains a NUL character (\\u0000); runc refuses it, and to the kernel the string ends there.',
    },
  },
  check(ctx) {
    for (const m of mountEntries(ctx.array('/mounts'))) {
      for (const field of FIELDS) {
        const value = m[field];
        if (value !== undefined && value.includes('\u0000')) ctx.report({ messageId: 'nul', pointer: `${m.pointer}/${field}`, data: { index: m.index, field } });
      }
      m.options.forEach((o) => {
        if (o.value.includes('\u0000')) ctx.report({ messageId: 'nul', pointer: `${m.pointer}/options/${o.index}`, data: { index: m.index, field: `options[${o.index}]` } });
      });
    }
  },
});
