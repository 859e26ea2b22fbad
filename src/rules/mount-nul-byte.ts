import { defineRule } from './api.js';
import { mounts } from '../model/mounts.js';
import { fieldOf } from '../model/view.js';

// mount(2) takes C strings, so a NUL byte (written \u0000 in JSON) cuts a path short. runc 1.1.5
// refuses the config up front ("mount field contains null byte"); crun 1.8.1 silently mounts at
// the truncated path (it accepts the config; the kernel reads C strings).
const FIELDS = ['destination', 'source', 'type'] as const;

export default defineRule({
  meta: {
    id: 'mount-nul-byte',
    description: 'Mount destination, source, type and options must not contain a NUL character.',
    category: 'runtime',
    defaultSeverity: 'error',
    platforms: ['linux'],
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    messages: {
      nul: {
        headline: '{{field}} contains a NUL character (\\u0000)',
        detail: 'The kernel reads mount arguments as C strings, which end at the NUL. runc 1.1.5 refuses the config ("mount field contains null byte"); crun 1.8.1 mounts with the string cut short there.',
        help: 'Remove the NUL character.',
        runtimes: { runc: 'refuses', crun: 'accepts' },
      },
    },
  },
  reads: ['mounts'],
  check(ctx) {
    for (const m of mounts(ctx)) {
      for (const field of FIELDS) {
        const value = m[field];
        if (value !== undefined && value.includes('\u0000')) ctx.report({ messageId: 'nul', node: m.node, key: field, data: { field: fieldOf(m.node, field) } });
      }
      for (const o of m.options) {
        if (o.value.includes('\u0000')) ctx.report({ messageId: 'nul', node: m.node.options!, key: o.index, data: { field: fieldOf(m.node.options!, o.index) } });
      }
    }
  },
});
