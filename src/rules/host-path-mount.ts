import { defineRule } from './api.js';
import { isBind, mounts } from './util/security.js';

// Any bind mount from an absolute host path is a hole in the container's filesystem isolation;
// the Pod Security Standards forbid hostPath volumes outright at baseline. A relative source lies
// inside the bundle directory and is not reported.
export default defineRule({
  meta: {
    id: 'host-path-mount',
    description: 'Bind mounts should not bring host paths (outside the bundle) into the container.',
    category: 'security',
    defaultSeverity: 'info',
    securitySeverity: 'low',
    platforms: ['linux'],
    messages: {
      hostPath: 'mounts[{{index}}] binds the host path "{{source}}" at "{{destination}}": host files are shared with the container.',
    },
  },
  check(ctx) {
    for (const m of mounts(ctx)) {
      if (!isBind(m) || m.source === undefined || !m.source.startsWith('/')) continue;
      ctx.report({ messageId: 'hostPath', pointer: `${m.pointer}/source`, data: { index: m.index, source: m.source, destination: m.destination } });
    }
  },
});
