import { defineRule } from './api.js';
import { capabilities, firstPerName } from '../model/capabilities.js';

// CAP_NET_RAW lets a process craft arbitrary packets: ARP/DNS spoofing of neighbours on the same
// bridge, and it has been the entry point of several kernel CVEs. Docker and containerd still grant
// it by default; the Pod Security Standards baseline does not.
export default defineRule({
  meta: {
    id: 'capability-net-raw',
    description: 'The process should not hold CAP_NET_RAW.',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 'medium',
    platforms: ['linux'],
    messages: {
      netRaw: {
        headline: 'process.capabilities.{{set}}[{{index}}] grants CAP_NET_RAW (in {{sets}})',
        detail: 'With CAP_NET_RAW the process can open raw sockets and forge packets to its neighbours on the same bridge (ARP or DNS spoofing).',
        help: 'Remove CAP_NET_RAW from every set. For ping, let the process\'s group use ICMP sockets through the net.ipv4.ping_group_range sysctl instead.',
      },
    },
  },
  reads: ['process.capabilities'],
  check(ctx) {
    const hits = capabilities(ctx).filter((c) => c.set !== 'inheritable' && c.name === 'CAP_NET_RAW');
    for (const { entry, sets } of firstPerName(hits)) ctx.report({ messageId: 'netRaw', node: entry.list, key: entry.index, data: { set: entry.set, index: entry.index, sets } });
  },
});
