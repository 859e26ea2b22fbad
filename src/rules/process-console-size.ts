import { defineRule, specUrl } from './api.js';

// config.md "Process": runtimes MUST ignore consoleSize when terminal is false or unset, so a
// consoleSize there has no effect (runc 1.1.5 and crun 1.8.1 accept it; checked). The requirement
// is on runtimes, the config is valid, and containerd's default Windows spec sets a console size
// for every container: info, not a warning.
export default defineRule({
  meta: {
    id: 'process-console-size',
    description: 'process.consoleSize has an effect only with process.terminal set to true.',
    category: 'spec',
    defaultSeverity: 'info',
    spec: { url: specUrl('config.md', 'configProcess'), level: 'MUST' },
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    messages: {
      noTerminal: {
        headline: 'process.consoleSize is set, but process.terminal is {{terminal}}',
        detail: 'Runtimes ignore the console size without a terminal, so it has no effect; runc 1.1.5 and crun 1.8.1 accept the config.',
        help: 'Remove process.consoleSize, or set process.terminal to true if the process needs a terminal.',
        runtimes: { runc: 'accepts', crun: 'accepts' },
      },
    },
  },
  reads: ['process.consoleSize'],
  check(ctx) {
    const process = ctx.config.process;
    if (process?.consoleSize === undefined || !ctx.valid(process, 'terminal')) return;
    const terminal = process.terminal;
    if (terminal === true) return;
    ctx.report({ messageId: 'noTerminal', node: process, key: 'consoleSize', target: 'key', data: { terminal: terminal === false ? 'false' : 'not set' } });
  },
});
