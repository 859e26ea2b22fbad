import { defineRule, specUrl } from './api.js';

// config.md "Process": runtimes MUST ignore consoleSize when terminal is false or unset, so a
// consoleSize there has no effect (runc 1.1.5 and crun 1.8.1 accept it; checked).
export default defineRule({
  meta: {
    id: 'process-console-size',
    description: 'process.consoleSize has an effect only with process.terminal set to true.',
    category: 'spec',
    defaultSeverity: 'warning',
    spec: { url: specUrl('config.md', 'configProcess'), level: 'MUST' },
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    runtimes: {
      noTerminal: { runc: 'accepts', crun: 'accepts' },
    },
    messages: {
      noTerminal: 'process.consoleSize is set but process.terminal is {{terminal}}; runtimes ignore the console size without a terminal.',
    },
  },
  check(ctx) {
    if (ctx.object('/process/consoleSize') === undefined || !ctx.isValid('/process/terminal')) return;
    const terminal = ctx.get('/process/terminal');
    if (terminal === true) return;
    ctx.report({ messageId: 'noTerminal', pointer: '/process/consoleSize', target: 'key', data: { terminal: terminal === false ? 'false' : 'not set' } });
  },
});
