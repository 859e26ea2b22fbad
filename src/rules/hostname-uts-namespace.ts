import { defineRule, specUrl } from './api.js';
import { hasNamespace } from '../model/namespaces.js';

// config.md "Hostname"/"Domainname": on Linux they are set in the container's UTS namespace.
// Without a uts entry in linux.namespaces that would be the host's: runc 1.1.5 refuses a hostname
// ("unable to set hostname without a private UTS namespace"), crun 1.8.1 refuses both ("hostname
// requires the UTS namespace", "domainname requires the UTS namespace"); runc 1.1.5 ignores
// domainname (it predates the field); runc 1.2 and later refuse it as well ("unable to set
// domainname without a private UTS namespace", libcontainer/configs/validate/validator.go at
// v1.2.0). Checked with both installed runtimes. youki refuses both from 0.7.0
// (validate_spec_for_uts_namespace, crates/libcontainer/src/validator.rs); 0.6.0 sets the hostname
// only in a UTS namespace of the container's own and ignores it otherwise. An
// empty string sets nothing and is accepted.
const HELP = 'Add { "type": "uts" } to linux.namespaces; to share the host\'s UTS namespace, remove hostname and domainname instead.';

export default defineRule({
  meta: {
    id: 'hostname-uts-namespace',
    description: 'hostname and domainname need a uts entry in linux.namespaces.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configHostname'), level: 'MUST' },
    platforms: ['linux'],
    runtimeVersions: 'runc 1.1.5, crun 1.8.1 (run), runc 1.2.0 and youki 0.6.0 and 0.7.0 (source)',
    messages: {
      noUtsHostname: {
        headline: 'hostname "{{value}}" is set, but linux.namespaces has no uts entry',
        detail: 'The container would share the host\'s UTS namespace: runc, crun and youki 0.7 and later refuse to change the host\'s hostname (youki before 0.7 leaves it unset).',
        help: HELP,
        runtimes: { runc: 'refuses', crun: 'refuses', youki: { refuses: '>=0.7' } },
      },
      noUtsDomainname: {
        headline: 'domainname "{{value}}" is set, but linux.namespaces has no uts entry',
        detail: 'The container would share the host\'s UTS namespace: crun, runc 1.2+ and youki 0.7+ refuse to change the host\'s domain name (runc 1.1 and youki before 0.7 ignore the field).',
        help: HELP,
        runtimes: { runc: { refuses: '>=1.2' }, crun: 'refuses', youki: { refuses: '>=0.7' } },
      },
    },
  },
  reads: ['hostname', 'domainname'],
  check(ctx) {
    const config = ctx.config;
    if (hasNamespace(ctx, 'uts') || !ctx.valid(config, 'linux', 'namespaces')) return;
    for (const name of ['hostname', 'domainname'] as const) {
      const value = config[name];
      if (value === undefined || value === '' || !ctx.valid(config, name)) continue;
      ctx.report({ messageId: name === 'hostname' ? 'noUtsHostname' : 'noUtsDomainname', node: config, key: name, data: { value } });
    }
  },
});
