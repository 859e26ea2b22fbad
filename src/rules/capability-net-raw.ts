import { defineRule } from './api.js';
import { capabilities, firstPerName } from './util/security.js';

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
      netRaw: 'process.capabilities.{{set}}[{{index}}] is "CAP_NET_RAW" (in {{sets}}): the process can open raw sockets and forge packets to its neighbours.',
    },
  },
  check(ctx) {
    const hits = capabilities(ctx).filter((c) => c.set !== 'inheritable' && c.name === 'CAP_NET_RAW');
    for (const { entry, sets } of firstPerName(hits)) ctx.report({ messageId: 'netRaw', pointer: entry.pointer, data: { set: entry.set, index: entry.index, sets } });
  },
});
