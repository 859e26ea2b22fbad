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
      ignored: {
        headline: 'domainname "{{value}}" is ignored by runc 1.1',
        detail: 'runc 1.1 has no field for the domain name: it accepts the config and silently does not set it, so the container keeps the domain name of its UTS namespace.',
        help: 'Do not rely on domainname under runc 1.1; set the domain name another way, or remove the field.',
      },
    },
  },
  reads: ['domainname'],
  check(ctx) {
    const value = ctx.config.domainname;
    if (value) ctx.report({ messageId: 'ignored', node: ctx.config, key: 'domainname', data: { value } });
  },
});
