import { defineRule, specUrl } from './api.js';
import { fieldOf } from '../model/view.js';

// config.md "Process": env has the semantics of POSIX `environ`, whose strings have the form
// name=value. runc 1.1.5 refuses at init an entry without "=" ("invalid environment variable"),
// an empty name ("environment variable name can't be empty") and a NUL byte anywhere ("can't
// contain null(\x00)"); crun passes such entries to execve unchanged. A name repeated is accepted
// by both; runc and crun both give the program the last value (checked with `env` in a container).
// runc 1.5.1 has the same checks (libcontainer/env.go); crun 1.29.1 still passes env as it is.
export default defineRule({
  meta: {
    id: 'process-env-entries',
    description: 'Each process.env entry must have the form NAME=value with a non-empty name, no NUL byte, and no name set twice.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configProcess'), level: 'MUST' },
    platforms: ['linux', 'solaris', 'vm', 'zos', 'freebsd'],
    runtimeVersions: 'runc 1.1.5 and crun 1.8.1 (runtime oracle); runc 1.5.1 and crun 1.29.1 from source',
    messages: {
      noEquals: {
        headline: '{{field}} "{{value}}" has no "="',
        detail: 'An environment entry must have the form NAME=value: runc refuses it ("invalid environment variable"); crun passes it to execve unchanged.',
        help: 'Write the entry as NAME=value (NAME= for an empty value).',
        runtimes: { runc: 'refuses', crun: 'accepts' },
      },
      emptyName: {
        headline: '{{field}} "{{value}}" has an empty variable name',
        detail: 'runc refuses it ("environment variable name can\'t be empty"); crun passes it to execve unchanged.',
        help: 'Write the variable\'s name before the "=".',
        runtimes: { runc: 'refuses', crun: 'accepts' },
      },
      nul: {
        headline: '{{field}} contains a NUL byte',
        detail: 'A NUL byte cannot be passed to execve, and runc refuses the entry ("can\'t contain null").',
        help: 'Remove the NUL byte from the entry.',
        runtimes: { runc: 'refuses', crun: 'accepts' },
      },
      duplicate: {
        headline: '{{field}} sets {{name}} again (first set by {{first}})',
        detail: 'runc and crun accept the repeat: the later value, "{{value}}", wins.',
        help: 'Keep one entry for {{name}}, with the value you want.',
        severity: 'warning',
        runtimes: { runc: 'accepts', crun: 'accepts' },
      },
    },
  },
  reads: ['process.env'],
  check(ctx) {
    const env = ctx.config.process?.env;
    if (!env) return;
    const seen = new Map<string, number>();
    env.forEach((entry, i) => {
      if (entry === undefined || !ctx.valid(env, i)) return;
      const place = { node: env, key: i };
      const data = { field: fieldOf(env, i), value: entry };
      if (entry.includes('\0')) return ctx.report({ messageId: 'nul', ...place, data });
      const eq = entry.indexOf('=');
      if (eq < 0) return ctx.report({ messageId: 'noEquals', ...place, data });
      if (eq === 0) return ctx.report({ messageId: 'emptyName', ...place, data });
      const name = entry.slice(0, eq);
      const first = seen.get(name);
      if (first !== undefined) {
        ctx.report({
          messageId: 'duplicate',
          ...place,
          data: { field: data.field, name, first: fieldOf(env, first), value: entry.slice(eq + 1) },
          related: [{ message: `${name} first set here`, node: env, key: first }],
        });
      }
      seen.set(name, first ?? i);
    });
  },
});
