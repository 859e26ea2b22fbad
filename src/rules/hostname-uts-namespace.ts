import { defineRule, specUrl } from './api.js';
import { hasNamespace } from './util/process.js';

// config.md "Hostname"/"Domainname": on Linux they are set in the container's UTS namespace.
// Without a uts entry in linux.namespaces that would be the host's: runc 1.1.5 refuses a hostname
// ("unable to set hostname without a private UTS namespace"), crun 1.8.1 refuses both ("hostname
// requires the UTS namespace", "domainname requires the UTS namespace"); runc 1.1.5 ignores
// domainname (it predates the field), later runc refuses it as well. Checked with both. An
// empty string sets nothing and is accepted.
export default defineRule({
  meta: {
    id: 'hostname-uts-namespace',
    description: 'hostname and domainname need a uts entry in linux.namespaces.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configHostname'), level: 'MUST' },
    platforms: ['linux'],
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    runtimes: {
      noUtsHostname: { runc: 'refuses', crun: 'refuses' },
      noUtsDomainname: { runc: 'accepts', crun: 'refuses' },
    },
    messages: {
      noUtsHostname: 'hostname "{{value}}" is set but linux.namespaces has no uts entry; runc and crun refuse to change the host\'s hostname.',
      noUtsDomainname: 'domainname "{{value}}" is set but linux.namespaces has no uts entry; crun and runc 1.2+ refuse to change the host\'s domain name (runc 1.1 ignores the field).',
    },
  },
  check(ctx) {
    if (hasNamespace(ctx.raw, 'uts') || !ctx.isValid('/linux/namespaces')) return;
    for (const name of ['hostname', 'domainname'] as const) {
      const value = ctx.string('/' + name);
      if (value === undefined || value === '' || !ctx.isValid('/' + name)) continue;
      ctx.report({ messageId: name === 'hostname' ? 'noUtsHostname' : 'noUtsDomainname', pointer: '/' + name, data: { value } });
    }
  },
});
