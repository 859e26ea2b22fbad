import { defineRule, ptr, specUrl } from './api.js';
import { field } from './util/process.js';

// config.md "Process": env has the semantics of POSIX `environ`, whose strings have the form
// name=value. runc 1.1.5 refuses at init an entry without "=" ("invalid environment variable"),
// an empty name ("environment variable name can't be empty") and a NUL byte anywhere ("can't
// contain null(\x00)"); crun passes such entries to execve unchanged. A name repeated is accepted
// by both; runc and crun both give the program the last value (checked with `env` in a container).
export default defineRule({
  meta: {
    id: 'process-env-entries',
    description: 'Each process.env entry must have the form NAME=value with a non-empty name, no NUL byte, and no name set twice.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configProcess'), level: 'MUST' },
    platforms: ['linux', 'solaris', 'vm', 'zos', 'freebsd'],
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    runtimes: {
      noEquals: { runc: 'refuses', crun: 'accepts' },
      emptyName: { runc: 'refuses', crun: 'accepts' },
      nul: { runc: 'refuses', crun: 'accepts' },
      duplicate: { runc: 'accepts', crun: 'accepts' },
    },
    messages: {
      noEquals: '{{field}} "{{value}}" has no "=": an environment entry must be NAME=value; runc refuses it.',
      emptyName: '{{field}} "{{value}}" has an empty variable name; runc refuses it.',
      nul: '{{field}} contains a NUL byte, which cannot be passed to execve; runc refuses it.',
      duplicate: '{{field}} sets {{name}} again (first set by {{first}}); the later value "{{value}}" wins in runc and crun.',
    },
  },
  check(ctx) {
    const env = ctx.array('/process/env');
    if (!env) return;
    const seen = new Map<string, number>();
    env.forEach((entry, i) => {
      const pointer = ptr('process', 'env', i);
      if (typeof entry !== 'string' || !ctx.isValid(pointer)) return;
      const data = { field: field('process', 'env', i), value: entry };
      if (entry.includes('\0')) return ctx.report({ messageId: 'nul', pointer, data });
      const eq = entry.indexOf('=');
      if (eq < 0) return ctx.report({ messageId: 'noEquals', pointer, data });
      if (eq === 0) return ctx.report({ messageId: 'emptyName', pointer, data });
      const name = entry.slice(0, eq);
      const first = seen.get(name);
      if (first !== undefined) {
        ctx.report({
          messageId: 'duplicate',
          pointer,
          severity: 'warning',
          data: { field: data.field, name, first: field('process', 'env', first), value: entry.slice(eq + 1) },
          related: [{ message: `${name} first set here`, pointer: ptr('process', 'env', first) }],
        });
      }
      seen.set(name, first ?? i);
    });
  },
});
