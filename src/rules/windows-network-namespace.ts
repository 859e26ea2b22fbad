import { defineRule, specUrl } from './api.js';

// config-windows.md "Network": when windows.network.networkNamespace names a namespace, no other
// network parameter is to be given (the namespace carries the endpoints). hcsshim
// (internal/hcsoci/hcsdoc_wcow.go, main branch) still applies allowUnqualifiedDNSQuery and
// DNSSearchList along with the namespace, and containerd's default Windows spec sets
// allowUnqualifiedDNSQuery for every container: those two are info. Endpoints and a shared
// container's stack compete with the namespace's: a warning.
const OTHERS = ['endpointList', 'allowUnqualifiedDNSQuery', 'DNSSearchList', 'networkSharedContainerName'] as const;
const DNS: ReadonlySet<string> = new Set(['allowUnqualifiedDNSQuery', 'DNSSearchList']);

export default defineRule({
  meta: {
    id: 'windows-network-namespace',
    description: 'windows.network.networkNamespace should not be combined with other network settings.',
    category: 'spec',
    defaultSeverity: 'warning',
    spec: { url: specUrl('config-windows.md', 'configWindowsNetwork'), level: 'MUST' },
    platforms: ['windows'],
    versions: '>=1.0.2',
    messages: {
      combined: {
        headline: 'windows.network.{{field}} is set together with networkNamespace',
        detail: 'With a network namespace no other network parameter may be given: the namespace carries the endpoints and DNS settings.',
        help: 'Remove {{field}}, or leave out networkNamespace.',
        cases: { dns: { severity: 'info', when: 'for allowUnqualifiedDNSQuery and DNSSearchList, which hcsshim applies along with the namespace' } },
      },
    },
  },
  reads: ['windows.network.networkNamespace'],
  check(ctx) {
    const net = ctx.config.windows?.network;
    if (!net || net.networkNamespace === undefined || net.networkNamespace === '') return;
    for (const field of OTHERS) {
      // Set at all, whatever its type.
      if (ctx.has(net, field)) ctx.report({ messageId: 'combined', node: net, key: field, target: 'key', data: { field }, ...(DNS.has(field) && { case: 'dns' }) });
    }
  },
});
