import { defineRule, specUrl } from './api.js';
import { namespaces, type NamespaceEntry } from '../model/namespaces.js';

// config-linux.md "Namespaces": a runtime must fail on two entries of the same type. runc 1.1.5
// refuses ("malformed spec file: duplicated ns"); crun 1.8.1 silently uses one of them, and so does
// youki, whose map of namespaces by type keeps the last (Namespaces::try_from, namespaces.rs, 0.5.7
// to 0.7.0).
export default defineRule({
  meta: {
    id: 'linux-namespace-duplicate',
    description: 'Each namespace type may appear only once in linux.namespaces.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxNamespaces'), level: 'MUST' },
    platforms: ['linux'],
    messages: {
      duplicate: {
        headline: 'linux.namespaces[{{index}}].type "{{type}}" repeats linux.namespaces[{{first}}]',
        detail: 'The spec requires a runtime to refuse two entries of one type: runc 1.1.5 does ("duplicated ns"); crun 1.8.1 and youki silently use one of them.',
        help: 'Keep one entry per type: with a path to join a namespace, without one to create it.',
        // runc refuses; crun 1.8.1 uses one of them (runtime oracle).
        runtimes: { runc: 'refuses', crun: 'accepts', youki: 'accepts' },
      },
    },
  },
  reads: ['linux.namespaces'],
  check(ctx) {
    const seen = new Map<string, NamespaceEntry>();
    for (const n of namespaces(ctx)) {
      const first = seen.get(n.type);
      if (first === undefined) {
        seen.set(n.type, n);
        continue;
      }
      ctx.report({
        messageId: 'duplicate',
        node: n.node,
        key: 'type',
        data: { index: n.index, type: n.type, first: first.index },
        related: [{ message: 'first listed here', node: first.node, key: 'type' }],
      });
    }
  },
});
