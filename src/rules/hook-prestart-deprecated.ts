import { defineRule, specUrl } from './api.js';

// config.md "Prestart": spec 1.1.0 deprecated prestart hooks in favour of createRuntime,
// createContainer and startContainer, which say precisely where in create/start they run.
// Runtimes still run prestart hooks (runc and crun both do), so this is a warning.
export default defineRule({
  meta: {
    id: 'hook-prestart-deprecated',
    description: 'prestart hooks are deprecated since spec 1.1.0; use createRuntime, createContainer or startContainer.',
    category: 'spec',
    defaultSeverity: 'warning',
    spec: { url: specUrl('config.md', 'configHooksPrestart'), level: 'SHOULD' },
    versions: '>=1.1.0',
    platforms: ['linux', 'solaris', 'vm', 'zos', 'freebsd'],
    messages: {
      deprecated: 'hooks.prestart is deprecated since spec 1.1.0; move these hooks to hooks.createRuntime (same point in create, runtime namespace).',
    },
  },
  check(ctx) {
    const list = ctx.array('/hooks/prestart');
    if (list === undefined || list.length === 0 || !ctx.isValid('/hooks/prestart')) return;
    ctx.report({ messageId: 'deprecated', pointer: '/hooks/prestart', target: 'key' });
  },
});
