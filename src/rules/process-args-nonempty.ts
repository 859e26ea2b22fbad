import { compareVersions } from '../core/versions.js';
import { defineRule, isObject, specUrl } from './api.js';

// config.md "Process": on POSIX platforms (and before 1.0.2 on every platform) args is REQUIRED with at least one entry, and the first
// is the program to run. runc fails at start with "executable path not specified" (args missing)
// or "exec: \"\": executable file not found" (empty first entry); crun with
// "executable path not specified" / "open executable". Without a process object at all, both
// refuse at create (runc 1.1.5 "process property must not be empty", crun 1.8.1 "internal error:
// max number of capabilities not initialized", runtime oracle), although the spec requires one
// only for start.
export default defineRule({
  meta: {
    id: 'process-args-nonempty',
    description: 'process.args must hold at least one entry, and the first must not be empty.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configProcess'), level: 'MUST' },
    runtimes: {
      noProcess: { runc: 'refuses', crun: 'refuses' },
      missing: { runc: 'refuses', crun: 'refuses' },
      empty: { runc: 'refuses', crun: 'refuses' },
      emptyFirst: { runc: 'refuses', crun: 'refuses' },
    },
    messages: {
      noProcess: 'the config has no process, so the container has no program to run; runc and crun refuse to create it.',
      missing: 'process.args is missing; the process needs a program to run.',
      empty: 'process.args is empty; the process needs a program to run.',
      emptyFirst: 'process.args[0] is an empty string; it must name the program to run.',
    },
  },
  check(ctx) {
    const process = ctx.object('/process');
    if (ctx.get('/process') === undefined && isObject(ctx.raw)) return ctx.report({ messageId: 'noProcess', pointer: '' });
    // Windows may use commandLine instead from 1.0.2; before that, args was required everywhere.
    if (!process || (ctx.platforms.has('windows') && compareVersions(ctx.specVersion, '1.0.2') >= 0)) return;
    if (!('args' in process)) return ctx.report({ messageId: 'missing', pointer: '/process', target: 'key' });
    const args = ctx.array('/process/args');
    if (!args) return; // wrong type: the schema reports it
    if (args.length === 0) return ctx.report({ messageId: 'empty', pointer: '/process/args' });
    if (args[0] === '') ctx.report({ messageId: 'emptyFirst', pointer: '/process/args/0' });
  },
});
