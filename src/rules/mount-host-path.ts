import { defineRule, specUrl } from './api.js';
import { engineSources, isBind, mounts } from '../model/mounts.js';

// Any bind mount from an absolute host path is a hole in the container's filesystem isolation;
// the Pod Security Standards forbid hostPath volumes outright at baseline. A relative source lies
// inside the bundle directory and is not reported. A bind mount is one whose options say so
// (model/mounts.ts): a mount of type "bind" without them is not bound at all. What an engine makes
// for the container (its resolv.conf, a pod's secret volume: engineSources) is not a host path
// someone chose, and the Pod Security Standards allow those volume kinds.
export default defineRule({
  meta: {
    id: 'mount-host-path',
    description: 'Bind mounts should not bring host paths (outside the bundle) into the container.',
    category: 'security',
    defaultSeverity: 'info',
    securitySeverity: 'low',
    spec: { url: specUrl('config.md', 'configMounts'), level: 'MAY' },
    platforms: ['linux'],
    messages: {
      hostPath: {
        headline: 'mounts[{{index}}] binds the host path "{{source}}" at "{{destination}}"',
        detail: 'Host files are shared with the container: a hole in its filesystem isolation. The Pod Security Standards forbid such hostPath volumes outright at their baseline level.',
        help: 'Keep the files in the bundle directory (a relative source), or check that the container needs this host path.',
      },
    },
  },
  reads: ['mounts'],
  check(ctx) {
    const engine = engineSources(ctx);
    for (const m of mounts(ctx)) {
      if (m.destination === undefined || !isBind(m) || m.source === undefined || !m.source.startsWith('/') || engine.has(m.index)) continue;
      ctx.report({ messageId: 'hostPath', node: m.node, key: 'source', data: { index: m.index, source: m.source, destination: m.destination } });
    }
  },
});
