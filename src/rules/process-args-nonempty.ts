import { compareVersions } from '../core/versions.js';
import { defineRule, specUrl } from './api.js';

// config.md "Process": on POSIX platforms (and before 1.0.2 on every platform) args is REQUIRED with at least one entry, and the first
// is the program to run. runc fails at start with "executable path not specified" (args missing)
// or "exec: \"\": executable file not found" (empty first entry); crun with
// "executable path not specified" / "open executable". A config without a process object at all
// is valid: the spec requires one only for start. runc and crun refuse it all the same (runc
// 1.1.5 at create, "process property must not be empty", still in utils_linux.go at v1.5.1;
// crun 1.8.1 "internal error: max number of capabilities not initialized", runtime oracle, and
// crun 1.29.1 "block `process` not found" in the container's init): a runtime fact about Linux
// runtimes, so a warning on Linux configs (an error with --target runc or crun), and nothing on the
// other platforms, which runc and crun do not run.
export default defineRule({
  meta: {
    id: 'process-args-nonempty',
    description: 'process.args must hold at least one entry, and the first must not be empty.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configProcess'), level: 'MUST' },
    messages: {
      noProcess: {
        headline: 'The config has no process',
        detail: 'The spec requires a process only for start, so the config is valid; but the container has no program to run, and runc ("process property must not be empty") and crun refuse to create it.',
        help: 'Add a process object whose args name the program to run, unless the config is only a template that a tool completes.',
        severity: 'warning',
        basis: 'runtime',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      missing: {
        headline: 'process.args is missing',
        detail: 'The process needs a program to run: runc and crun fail at start ("executable path not specified").',
        help: 'Add process.args with the program to run as its first entry.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      empty: {
        headline: 'process.args is empty',
        detail: 'The process needs a program to run, and runc and crun cannot start it.',
        help: 'Put the program to run first in process.args.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      emptyFirst: {
        headline: 'process.args[0] is an empty string',
        detail: 'The first entry must name the program to run: runc fails at start with "executable file not found", crun with "open executable".',
        help: 'Set it to the program to run: an absolute path in the rootfs, or a name found on the PATH of process.env.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
    },
  },
  // Runs whether or not process is there: its absence is a finding.
  check(ctx) {
    const config = ctx.config;
    const process = config.process;
    if (!ctx.has(config, 'process')) {
      // A document that is not an object has no process either: config-schema's finding at its
      // root (which `valid` sees) says what is wrong with it.
      if (ctx.platforms.has('linux') && ctx.valid(config, 'process')) ctx.report({ messageId: 'noProcess' });
      return;
    }
    // Windows may use commandLine instead from 1.0.2; before that, args was required everywhere.
    if (!process || (ctx.platforms.has('windows') && compareVersions(ctx.specVersion, '1.0.2') >= 0)) return;
    if (!ctx.has(process, 'args')) return ctx.report({ messageId: 'missing', node: config, key: 'process', target: 'key' });
    const args = process.args;
    if (!args) return; // wrong type: the schema reports it
    if (args.length === 0) return ctx.report({ messageId: 'empty', node: process, key: 'args' });
    if (args[0] === '') ctx.report({ messageId: 'emptyFirst', node: args, key: 0 });
  },
});
