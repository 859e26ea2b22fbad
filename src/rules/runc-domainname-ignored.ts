import { defineRule, specUrl } from './api.js';

// runc 1.1 has no field for the domain name in its libcontainer config: it accepts a config with
// "domainname" and silently does not set it (the runtime-checks notes list it as unsupported).
// runc 1.2 sets it (commit d9230602, "Implement to set a domainname": Setdomainname in
// libcontainer/standard_init_linux.go at v1.2.0), so the rule runs only for runc before 1.2.
export default defineRule({
  meta: {
    id: 'runc-domainname-ignored',
    description: 'runc 1.1 ignores domainname.',
    category: 'runtime',
    defaultSeverity: 'warning',
    spec: { url: specUrl('config.md', 'configDomainname'), level: 'MAY' },
    targets: ['runc'],
    targetVersions: { runc: '<1.2' },
    runtimeVersions: 'runc 1.1.5 (run), runc 1.1.15 and 1.2.0 (source)',
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
