import { defineRule, specUrl } from './api.js';
import { isWindowsAbsolute } from '../model/paths.js';

// config.md "Process": cwd is the working directory and MUST be an absolute path. runc refuses a
// relative one ("Cwd must be an absolute path"). On Windows an absolute path has a drive or is UNC.
export default defineRule({
  meta: {
    id: 'process-cwd-absolute',
    description: 'process.cwd must be an absolute path.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configProcess'), level: 'MUST' },
    messages: {
      relative: {
        headline: 'process.cwd "{{value}}" is not an absolute path',
        detail: 'runc 1.1.5 refuses the bundle ("Cwd must be an absolute path"); crun 1.8.1 changes into it from the container\'s root.',
        help: 'Write the path from the container\'s root, such as "/srv/app".',
        runtimes: { runc: 'refuses', crun: 'accepts' },
      },
      empty: {
        headline: 'process.cwd is empty',
        help: 'Set it to an absolute path such as "/".',
      },
    },
  },
  reads: ['process.cwd'],
  check(ctx) {
    const process = ctx.config.process;
    const cwd = process?.cwd;
    if (process === undefined || cwd === undefined) return;
    if (cwd === '') return ctx.report({ messageId: 'empty', node: process, key: 'cwd' });
    const absolute = ctx.platforms.has('windows') ? isWindowsAbsolute(cwd) : cwd.startsWith('/');
    if (!absolute) ctx.report({ messageId: 'relative', node: process, key: 'cwd', data: { value: cwd } });
  },
});
