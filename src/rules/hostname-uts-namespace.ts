import { defineRule, specUrl } from './api.js';
import { findNamespace, isHostNsPath } from '../model/namespaces.js';

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
// With a uts entry that joins a namespace by path, runc 1.1.5 and crun 1.8.1 set the names in that
// namespace: joining a UTS namespace made with `unshare --uts`, both renamed it (runtime oracle,
// create; `nsenter -u hostname` then printed the config's hostname). Whoever else is in it, the
// other containers of a pod or the host itself, gets the new name.
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
      joinedUts: {
        headline: '{{name}} "{{value}}" is set in the UTS namespace the config joins, {{path}}',
        detail: 'runc and crun set it there, in a namespace that belongs to others: runc 1.1.5 and crun 1.8.1 renamed a joined UTS namespace at create. Everything in it, the other containers of a pod or the host itself, gets the new name.',
        help: 'Remove {{name}} from a config that joins a UTS namespace (its owner names it), or give the container a UTS namespace of its own.',
        severity: 'warning',
        cases: { host: { severity: 'error', when: 'the path is the host\'s own UTS namespace (/proc/1/ns/uts): the runtime renames the host' } },
      },
    },
  },
  reads: ['hostname', 'domainname'],
  check(ctx) {
    const config = ctx.config;
    if (!ctx.valid(config, 'linux', 'namespaces')) return;
    const uts = findNamespace(ctx, 'uts');
    const joined = uts?.joinedPath;
    if (uts && joined === undefined) return;
    for (const name of ['hostname', 'domainname'] as const) {
      const value = config[name];
      if (value === undefined || value === '' || !ctx.valid(config, name)) continue;
      if (joined === undefined) {
        ctx.report({ messageId: name === 'hostname' ? 'noUtsHostname' : 'noUtsDomainname', node: config, key: name, data: { value } });
      } else {
        const host = isHostNsPath(joined, 'uts');
        ctx.report({ messageId: 'joinedUts', node: config, key: name, data: { name, value, path: joined }, ...(host && { case: 'host' }) });
      }
    }
  },
});
