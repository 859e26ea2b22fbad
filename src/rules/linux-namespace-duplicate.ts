import { defineRule, ptr, specUrl } from './api.js';
import { namespaces } from './util/linux.js';

// config-linux.md "Namespaces": a runtime must fail on two entries of the same type. runc 1.1.5
// refuses ("malformed spec file: duplicated ns"); crun 1.8.1 silently uses one of them.
export default defineRule({
  meta: {
    id: 'linux-namespace-duplicate',
    description: 'Each namespace type may appear only once in linux.namespaces.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxNamespaces'), level: 'MUST' },
    platforms: ['linux'],
    // runc refuses ("duplicated ns"); crun 1.8.1 silently uses one of them (runtime oracle).
    runtimes: { duplicate: { runc: 'refuses', crun: 'accepts' } },
    messages: {
      duplicate: 'linux.namespaces[{{index}}].type "{{type}}" repeats linux.namespaces[{{first}}]; each namespace type may be listed once.',
    },
  },
  check(ctx) {
    const seen = new Map<string, number>();
    for (const n of namespaces(ctx)) {
      const first = seen.get(n.type);
      if (first === undefined) {
        seen.set(n.type, n.index);
        continue;
      }
      ctx.report({
        messageId: 'duplicate',
        pointer: ptr('linux', 'namespaces', n.index, 'type'),
        data: { index: n.index, type: n.type, first },
        related: [{ message: 'first listed here', pointer: ptr('linux', 'namespaces', first, 'type') }],
      });
    }
  },
});
