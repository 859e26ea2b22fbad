import { defineRule, specUrl } from './api.js';

// config-zos.md "Namespaces" (spec 1.2.1 on): a namespace path MUST be absolute, and a
// namespace type listed twice MUST make the runtime fail.
export default defineRule({
  meta: {
    id: 'zos-namespaces',
    description: 'z/OS namespaces must have absolute paths and no repeated type.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-zos.md', 'configZOSNamespaces'), level: 'MUST' },
    versions: '>=1.2.1',
    platforms: ['zos'],
    messages: {
      relative: {
        headline: 'zos.namespaces[{{index}}].path "{{value}}" is not an absolute path',
        detail: 'A namespace path must be absolute.',
        help: 'Write the namespace\'s absolute path.',
      },
      duplicate: {
        headline: 'zos.namespaces[{{index}}].type "{{value}}" repeats zos.namespaces[{{first}}]',
        detail: 'Each namespace type may appear once: the spec requires a runtime to fail on a repeated type.',
        help: 'Keep one entry per namespace type.',
      },
    },
  },
  reads: ['zos.namespaces'],
  check(ctx) {
    const namespaces = ctx.config.zos?.namespaces;
    if (!namespaces) return;
    const seen = new Map<string, number>();
    namespaces.forEach((n, index) => {
      if (n === undefined || !ctx.valid(namespaces, index)) return;
      const path = n.path;
      if (path !== undefined && path !== '' && !path.startsWith('/')) {
        ctx.report({ messageId: 'relative', node: n, key: 'path', data: { index, value: path } });
      }
      const type = n.type;
      if (type === undefined) return;
      const first = seen.get(type);
      if (first === undefined) seen.set(type, index);
      else ctx.report({ messageId: 'duplicate', node: n, key: 'type', data: { index, value: type, first } });
    });
  },
});
