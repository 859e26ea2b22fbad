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
    runtimes: {
      tooLong: { runc: 'refuses', crun: 'refuses' },
      tooLongDomain: { runc: 'accepts', crun: 'refuses' },
      chars: { runc: 'accepts', crun: 'accepts' },
    },
    messages: {
      tooLong: 'hostname is {{length}} bytes long; the kernel allows at most 64, and runc and crun fail with EINVAL.',
      tooLongDomain: 'domainname is {{length}} bytes long; the kernel allows at most 64, and crun and runc 1.2+ fail with EINVAL (runc 1.1 ignores the field).',
      chars: '{{field}} "{{value}}" contains {{char}}; host names should use only letters, digits, ".", "-" and "_".',
    },
  },
  check(ctx) {
    for (const name of ['hostname', 'domainname'] as const) {
      const value = ctx.string('/' + name);
      if (value === undefined || !ctx.isValid('/' + name)) continue;
      const pointer = '/' + name;
      // A UTF-16 unit is at most 3 bytes of UTF-8: only a long name needs encoding to count.
      const length = value.length * 3 <= MAX ? value.length : UTF8.encode(value).length;
      if (length > MAX && ctx.platforms.has('linux')) {
        ctx.report({ messageId: name === 'hostname' ? 'tooLong' : 'tooLongDomain', pointer, data: { length } });
        continue;
      }
      if (!SAFE.test(value)) {
        const bad = [...value].find((c) => !SAFE.test(c))!;
        const char = bad === ' ' ? 'a space' : /[\u0000-\u001f\u007f]/.test(bad) ? 'a control character' : `"${bad}"`;
        ctx.report({ messageId: 'chars', pointer, severity: 'warning', data: { field: name, value, char } });
      }
    }
  },
});
