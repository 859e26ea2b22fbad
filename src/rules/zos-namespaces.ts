import { defineRule, isObject, ptr, specUrl } from './api.js';

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
      relative: 'zos.namespaces[{{index}}].path must be an absolute path, got "{{value}}".',
      duplicate: 'zos.namespaces[{{index}}].type "{{value}}" repeats zos.namespaces[{{first}}]; each namespace type may appear once.',
    },
  },
  check(ctx) {
    const seen = new Map<string, number>();
    (ctx.array('/zos/namespaces') ?? []).forEach((n, index) => {
      if (!isObject(n) || !ctx.isValid(ptr('zos', 'namespaces', index))) return;
      const path = n['path'];
      if (typeof path === 'string' && path !== '' && !path.startsWith('/')) {
        ctx.report({ messageId: 'relative', pointer: ptr('zos', 'namespaces', index, 'path'), data: { index, value: path } });
      }
      const type = n['type'];
      if (typeof type !== 'string') return;
      const first = seen.get(type);
      if (first === undefined) seen.set(type, index);
      else ctx.report({ messageId: 'duplicate', pointer: ptr('zos', 'namespaces', index, 'type'), data: { index, value: type, first } });
    });
  },
});
