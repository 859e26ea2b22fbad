import { defineRule } from './api.js';
import { DANGEROUS_CAPABILITIES } from './data/capabilities.js';
import { capabilities, firstPerName } from '../model/capabilities.js';
import { hasOwn } from './util/own.js';

// Each of these capabilities is, alone, a well-known route from a container to the host.
export default defineRule({
  meta: {
    id: 'capability-dangerous',
    description: 'The process should not hold capabilities that each give a route to the host (CAP_SYS_ADMIN, CAP_SYS_MODULE, CAP_SYS_PTRACE, ...).',
    category: 'security',
    defaultSeverity: 'warning',
    securitySeverity: 'high',
    platforms: ['linux'],
    messages: {
      dangerous: {
        headline: 'process.capabilities.{{set}}[{{index}}] grants {{name}} (in {{sets}})',
        detail: 'With {{name}} the process can {{power}}: one of the known routes from a container to its host.',
        help: 'Remove {{name}} from every set unless the workload cannot run without it.',
      },
    },
  },
  reads: ['process.capabilities'],
  check(ctx) {
    const hits = capabilities(ctx).filter((c) => c.set !== 'inheritable' && hasOwn(DANGEROUS_CAPABILITIES, c.name));
    for (const { entry, sets } of firstPerName(hits)) {
      ctx.report({
        messageId: 'dangerous',
        node: entry.list,
        key: entry.index,
        data: { set: entry.set, index: entry.index, name: entry.name, sets, power: DANGEROUS_CAPABILITIES[entry.name]! },
      });
    }
  },
});
