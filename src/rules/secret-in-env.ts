import { defineRule } from './api.js';

// config.json is readable by anyone who can read the bundle (and by `runc state`, engine inspect
// commands, crash reports), and the environment is visible in /proc/<pid>/environ. A literal
// credential there leaks. Names ending in _FILE, _PATH or _DIR point at a secret, not contain it.
const SECRET_NAME = /secret|passw(or)?d|token|api_?key|private_?key|credential|access_?key/i;
const REFERENCE_NAME = /_(file|path|dir)$/i;

export default defineRule({
  meta: {
    id: 'secret-in-env',
    description: 'process.env should not carry literal secrets (passwords, tokens, API keys).',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 'medium',
    platforms: ['linux', 'windows', 'solaris', 'vm', 'zos', 'freebsd'],
    messages: {
      secret: {
        headline: 'process.env[{{index}}] sets "{{name}}" to a literal {{length}}-character value',
        detail: 'A secret in config.json is readable by anyone who can read the bundle or the process\'s environment (/proc/<pid>/environ).',
        help: 'Mount the secret as a file readable only by the workload\'s user and pass its path, or have the workload fetch it from a secret store at start.',
      },
    },
  },
  reads: ['process.env'],
  check(ctx) {
    const env = ctx.config.process?.env;
    env?.forEach((e, index) => {
      if (e === undefined) return;
      const eq = e.indexOf('=');
      if (eq <= 0) return;
      const name = e.slice(0, eq);
      const value = e.slice(eq + 1);
      if (value === '' || !SECRET_NAME.test(name) || REFERENCE_NAME.test(name)) return;
      // The value itself is never printed.
      ctx.report({ messageId: 'secret', node: env, key: index, data: { index, name, length: value.length } });
    });
  },
});
