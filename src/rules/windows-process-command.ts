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
      missing: {
        headline: 'process sets neither args nor commandLine',
        detail: 'On Windows args is optional, but then commandLine is required: a Windows container needs one of them to say what to run.',
        help: 'Set process.commandLine to the command to run, or process.args.',
      },
    },
  },
  // Reports only when process is there.
  reads: ['process'],
  check(ctx) {
    // With a linux section too, this is a Linux container on a Windows host (LCOW): Linux rules apply.
    if (ctx.platforms.has('linux')) return;
    const process = ctx.config.process;
    if (process === undefined || !ctx.valid(ctx.config, 'process')) return;
    const { args, commandLine } = process;
    if ((args === undefined || args.length === 0) && (commandLine === undefined || commandLine === '')) {
      ctx.report({ messageId: 'missing', node: ctx.config, key: 'process', target: 'key' });
    }
  },
});
