import { defineRule, specUrl } from './api.js';

// The kernel keeps hostname and domainname in 64-byte fields (__NEW_UTS_LEN) and fails
// sethostname/setdomainname with EINVAL beyond that: runc and crun abort ("sethostname: invalid
// argument", crun also "setdomainname: Invalid argument"; runc 1.1.5 ignores domainname). Checked
// with 64 and 65 bytes. The kernel accepts any other byte, but resolvers, shells and TLS do not
// expect blanks, slashes or control characters in a host name, so those are a warning.
const MAX = 64;
const SAFE = /^[A-Za-z0-9._-]*$/;
const UTF8 = new TextEncoder();

export default defineRule({
  meta: {
    id: 'hostname-valid',
    description: 'hostname and domainname must fit in 64 bytes and should use only letters, digits, ".", "-" and "_".',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configHostname'), level: 'MAY' },
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    messages: {
      tooLong: {
        headline: 'hostname is {{length}} bytes long, more than 64',
        detail: 'The kernel allows at most 64 bytes: sethostname fails with EINVAL, and runc and crun abort.',
        help: 'Shorten the name to 64 bytes or less.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      tooLongDomain: {
        headline: 'domainname is {{length}} bytes long, more than 64',
        detail: 'The kernel allows at most 64 bytes: crun and runc 1.2+ fail with EINVAL (runc 1.1 ignores the field).',
        help: 'Shorten the name to 64 bytes or less.',
        runtimes: { runc: 'accepts', crun: 'refuses' },
      },
      chars: {
        headline: '{{field}} "{{value}}" contains {{char}}',
        detail: 'The kernel accepts it, but resolvers, shells and TLS do not expect blanks, slashes or control characters in a host name.',
        help: 'Use only letters, digits, ".", "-" and "_".',
        severity: 'warning',
        runtimes: { runc: 'accepts', crun: 'accepts' },
      },
    },
  },
  reads: ['hostname', 'domainname'],
  check(ctx) {
    const config = ctx.config;
    for (const name of ['hostname', 'domainname'] as const) {
      const value = config[name];
      if (value === undefined || !ctx.valid(config, name)) continue;
      // A UTF-16 unit is at most 3 bytes of UTF-8: only a long name needs encoding to count.
      const length = value.length * 3 <= MAX ? value.length : UTF8.encode(value).length;
      if (length > MAX && ctx.platforms.has('linux')) {
        ctx.report({ messageId: name === 'hostname' ? 'tooLong' : 'tooLongDomain', node: config, key: name, data: { length } });
        continue;
      }
      if (!SAFE.test(value)) {
        const bad = [...value].find((c) => !SAFE.test(c))!;
        const char = bad === ' ' ? 'a space' : /[\u0000-\u001f\u007f]/.test(bad) ? 'a control character' : `"${bad}"`;
        ctx.report({ messageId: 'chars', node: config, key: name, data: { field: name, value, char } });
      }
    }
  },
});
