import { defineRule, specUrl } from './api.js';

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
      hostNetwork: 'linux.namespaces has no "network" entry: the container would use the host network, which Kata Containers does not support and which can break the host\'s networking.',
      joinNetwork: 'linux.namespaces[{{index}}] joins the network namespace at "{{path}}": Kata Containers cannot share a network namespace and takes its interfaces away from its other users.',
    },
  },
  check(ctx) {
    const namespaces = ctx.array('/linux/namespaces');
    if (!namespaces) return;
    const i = namespaces.findIndex((n) => typeof n === 'object' && n !== null && (n as Record<string, unknown>)['type'] === 'network');
    if (i < 0) return ctx.report({ messageId: 'hostNetwork', pointer: '/linux/namespaces' });
    const path = ctx.string(`/linux/namespaces/${i}/path`);
    if (path) ctx.report({ messageId: 'joinNetwork', pointer: `/linux/namespaces/${i}/path`, data: { index: i, path } });
  },
});
