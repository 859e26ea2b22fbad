import { defineRule, specUrl } from './api.js';
import { findNamespace } from '../model/namespaces.js';

// Kata Containers runs each container in a VM with its own kernel. Its limitations document
// (kata-containers docs/Limitations.md, "docker --net=host" and "Support for joining an existing
// VM network") says host networking is not supported and may reconfigure or break the host's
// network, and that joining another container's network namespace takes its interfaces away.
export default defineRule({
  meta: {
    id: 'kata-host-network',
    description: 'Kata Containers cannot use the host network namespace or join another one.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'namespaces'), level: 'MAY' },
    targets: ['kata'],
    runtimeVersions: 'Kata Containers 2.x and 3.x (docs/Limitations.md)',
    platforms: ['linux'],
    messages: {
      hostNetwork: {
        headline: 'linux.namespaces has no "network" entry: the container uses the host network',
        detail: 'Kata Containers does not support host networking, and it can break the host\'s networking.',
        help: 'Add { "type": "network" } to linux.namespaces so that the container gets a network namespace of its own.',
      },
      joinNetwork: {
        headline: 'linux.namespaces[{{index}}] joins the network namespace at "{{path}}"',
        detail: 'Kata Containers cannot share a network namespace: it takes the namespace\'s interfaces away from its other users.',
        help: 'Leave out the path so that the container gets a network namespace of its own.',
      },
    },
  },
  reads: ['linux.namespaces'],
  check(ctx) {
    const linux = ctx.config.linux;
    if (!linux?.namespaces) return;
    const network = findNamespace(ctx, 'network');
    if (!network) return ctx.report({ messageId: 'hostNetwork', node: linux, key: 'namespaces' });
    const path = network.path;
    if (path) ctx.report({ messageId: 'joinNetwork', node: network.node, key: 'path', data: { index: network.index, path } });
  },
});
