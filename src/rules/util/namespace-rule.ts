// The host-*-namespace rules differ only in the namespace type and wording.

import type { SecuritySeverity, Severity } from '../../core/types.js';
import { defineRule, type Rule } from '../api.js';
import { hostNamespace } from './security.js';

export function hostNamespaceRule(opts: {
  id: string;
  type: string;
  label: string;
  consequence: string;
  securitySeverity: SecuritySeverity;
  defaultSeverity: Severity;
}): Rule<'missing' | 'notSet' | 'hostPath'> {
  return defineRule({
    meta: {
      id: opts.id,
      description: `The container should have its own ${opts.label} namespace instead of sharing the host's.`,
      category: 'security',
      defaultSeverity: opts.defaultSeverity,
      securitySeverity: opts.securitySeverity,
      platforms: ['linux'],
      messages: {
        missing: `linux.namespaces has no "${opts.type}" entry: the container shares the host's ${opts.label} namespace (${opts.consequence}).`,
        notSet: `linux.namespaces is not set: the container shares the host's ${opts.label} namespace (${opts.consequence}).`,
        hostPath: `linux.namespaces entry "${opts.type}" joins {{path}}, the host's ${opts.label} namespace (${opts.consequence}).`,
      },
    },
    check(ctx) {
      const h = hostNamespace(ctx, opts.type);
      if (!h) return;
      if (h.kind === 'hostPath') return ctx.report({ messageId: 'hostPath', pointer: h.pointer, data: { path: JSON.stringify(h.path) } });
      ctx.report({ messageId: h.pointer === '/linux/namespaces' ? 'missing' : 'notSet', pointer: h.pointer, ...(h.pointer === '/linux' && { target: 'key' as const }) });
    },
  });
}
