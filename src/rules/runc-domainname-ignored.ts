import { defineRule, specUrl } from './api.js';

// runc 1.1 has no field for the domain name in its libcontainer config: it accepts a config with
// "domainname" and silently does not set it (the runtime-checks notes list it as unsupported).
export default defineRule({
  meta: {
    id: 'runc-domainname-ignored',
    description: 'runc 1.1 ignores domainname.',
    category: 'runtime',
    defaultSeverity: 'warning',
    spec: { url: specUrl('config.md', 'configDomainname'), level: 'MAY' },
    targets: ['runc'],
    runtimeVersions: 'runc 1.1.5',
    platforms: ['linux'],
    messages: {
      ignored: 'runc 1.1 ignores domainname "{{value}}": the container keeps the domain name of its UTS namespace.',
    },
  },
  check(ctx) {
    const value = ctx.string('/domainname');
    if (value) ctx.report({ messageId: 'ignored', pointer: '/domainname', data: { value } });
  },
});
