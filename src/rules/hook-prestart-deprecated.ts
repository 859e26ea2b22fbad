import { defineRule, specUrl } from './api.js';

// config.md "Prestart": spec 1.0.2 deprecated prestart hooks (marked DEPRECATED in the hooks list)
// in favour of createRuntime, createContainer and startContainer, which 1.0.2 also introduced and
// which say precisely where in create/start they run.
// Runtimes still run prestart hooks (runc and crun both do), so this is a warning.
export default defineRule({
  meta: {
    id: 'hook-prestart-deprecated',
    description: 'prestart hooks are deprecated since spec 1.0.2; use createRuntime, createContainer or startContainer.',
    category: 'spec',
    defaultSeverity: 'warning',
    spec: { url: specUrl('config.md', 'configHooksPrestart'), level: 'SHOULD' },
    versions: '>=1.0.2',
    platforms: ['linux', 'solaris', 'vm', 'zos', 'freebsd'],
    messages: {
      deprecated: {
        headline: 'hooks.prestart is deprecated since runtime-spec 1.0.2',
        detail: 'createRuntime, createContainer and startContainer replace it and say precisely where in create and start they run. runc and crun still run prestart hooks.',
        help: 'Move these hooks to hooks.createRuntime: the same point in create, in the runtime namespace.',
      },
    },
  },
  reads: ['hooks.prestart'],
  check(ctx) {
    const hooks = ctx.config.hooks;
    const list = hooks?.prestart;
    if (hooks === undefined || list === undefined || list.length === 0 || !ctx.valid(hooks, 'prestart')) return;
    ctx.report({ messageId: 'deprecated', node: hooks, key: 'prestart', target: 'key' });
  },
});
