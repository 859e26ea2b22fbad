import { defineRule, specUrl } from './api.js';

// config.md "Process": on Windows `args` is optional, but then `commandLine` is REQUIRED; one of
// the two must say what to run.
export default defineRule({
  meta: {
    id: 'windows-process-command',
    description: 'On Windows, process must set args or commandLine.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configProcess'), level: 'MUST' },
    platforms: ['windows'],
    messages: {
      missing: 'process sets neither args nor commandLine; a Windows container needs one of them.',
    },
  },
  check(ctx) {
    // With a linux section too, this is a Linux container on a Windows host (LCOW): Linux rules apply.
    if (ctx.platforms.has('linux')) return;
    if (ctx.object('/process') === undefined || !ctx.isValid('/process')) return;
    const args = ctx.array('/process/args');
    const commandLine = ctx.string('/process/commandLine');
    if ((args === undefined || args.length === 0) && (commandLine === undefined || commandLine === '')) {
      ctx.report({ messageId: 'missing', pointer: '/process', target: 'key' });
    }
  },
});
