import { defineRule, specUrl } from './api.js';
import { hostBinds } from '../model/mounts.js';

// Any bind mount from an absolute host path is a hole in the container's filesystem isolation;
// the Pod Security Standards forbid hostPath volumes outright at baseline. Which mounts those are
// is model/mounts.ts's hostBinds: a relative source lies inside the bundle directory; a bind mount
// is one whose options say so (a mount of type "bind" without them is not bound at all); what an
// engine makes for the container (its resolv.conf, a pod's secret volume: engineSources) is not a
// host path someone chose, and the Pod Security Standards allow those volume kinds.
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
    for (const m of hostBinds(ctx)) {
      ctx.report({ messageId: 'hostPath', node: m.node, key: 'source', data: { index: m.index, source: m.source, destination: m.destination } });
    }
  },
});
