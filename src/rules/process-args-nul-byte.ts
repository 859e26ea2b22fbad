import { defineRule } from './api.js';
import { fieldOf } from '../model/view.js';

// execve(2) takes C strings, so a NUL character (written \u0000 in JSON) ends an argument early.
// runc creates the container and then fails to start it: Go refuses a string with a NUL for a
// system call ("exec /bin/hello: invalid argument", runtime oracle, runc 1.1.5 run to start; runc
// checks NULs up front only in mounts and env, unchanged to v1.5.1). crun 1.8.1 runs the program
// with the argument cut at the NUL.
export default defineRule({
  meta: {
    id: 'process-args-nul-byte',
    description: 'process.args entries must not contain a NUL character.',
    category: 'runtime',
    defaultSeverity: 'error',
    platforms: ['linux', 'solaris', 'vm', 'zos', 'freebsd'],
    runtimeVersions: 'runc 1.1.5 and crun 1.8.1 (runtime oracle, run to start); runc to 1.5.1 from source',
    messages: {
      nul: {
        headline: '{{field}} contains a NUL character (\\u0000)',
        detail: 'Arguments are C strings. runc creates the container and fails to start it ("exec ...: invalid argument"); crun runs the program with the argument cut at the NUL, "{{cut}}".',
        help: 'Remove the NUL character, or split the argument in two where it stands.',
        runtimes: { runc: 'refuses', crun: 'accepts' },
      },
    },
  },
  reads: ['process.args'],
  check(ctx) {
    const args = ctx.config.process?.args;
    args?.forEach((arg, i) => {
      const at = arg?.indexOf('\0') ?? -1;
      if (at >= 0) ctx.report({ messageId: 'nul', node: args, key: i, data: { field: fieldOf(args, i), cut: arg!.slice(0, at) } });
    });
  },
});
