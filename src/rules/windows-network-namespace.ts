import { defineRule, specUrl } from './api.js';

// config-windows.md "Network": when windows.network.networkNamespace names a namespace, no other
// network parameter is to be given (the namespace carries the endpoints and DNS settings).
const OTHERS = ['endpointList', 'allowUnqualifiedDNSQuery', 'DNSSearchList', 'networkSharedContainerName'];

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
      combined: 'windows.network.{{field}} is set together with networkNamespace; with a network namespace no other network parameter may be given.',
    },
  },
  check(ctx) {
    const net = ctx.object('/windows/network');
    if (!net || typeof net['networkNamespace'] !== 'string' || net['networkNamespace'] === '') return;
    for (const field of OTHERS) {
      if (net[field] !== undefined) ctx.report({ messageId: 'combined', pointer: `/windows/network/${field}`, target: 'key', data: { field } });
    }
  },
});
