import { defineRule, specUrl } from './api.js';

// config.md "Process": cwd is the working directory and MUST be an absolute path. runc refuses a
// relative one ("Cwd must be an absolute path"). On Windows an absolute path has a drive or is UNC.
export default defineRule({
  meta: {
    id: 'process-cwd-absolute',
    description: 'process.cwd must be an absolute path.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configProcess'), level: 'MUST' },
    // crun 1.8.1 changes into a relative cwd from the container's root; runc refuses it.
    runtimes: { relative: { runc: 'refuses', crun: 'accepts' } },
    messages: {
      relative: 'process.cwd must be an absolute path, got "{{value}}".',
      empty: 'process.cwd is empty; it must be an absolute path such as "/".',
    },
  },
  check(ctx) {
    const cwd = ctx.string('/process/cwd');
    if (cwd === undefined) return;
    if (cwd === '') return ctx.report({ messageId: 'empty', pointer: '/process/cwd' });
    const absolute = ctx.platforms.has('windows') ? /^(?:[A-Za-z]:[\\/]|\\\\)/.test(cwd) : cwd.startsWith('/');
    if (!absolute) ctx.report({ messageId: 'relative', pointer: '/process/cwd', data: { value: cwd } });
  },
});
