import { defineRule } from './api.js';
import { DANGEROUS_CAPABILITIES } from './data/capabilities.js';
import { capabilities, firstPerName } from './util/security.js';
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
      dangerous: 'process.capabilities.{{set}}[{{index}}] is "{{name}}" (in {{sets}}): the process can {{power}}.',
    },
  },
  check(ctx) {
    const hits = capabilities(ctx).filter((c) => c.set !== 'inheritable' && hasOwn(DANGEROUS_CAPABILITIES, c.name));
    for (const { entry, sets } of firstPerName(hits)) {
      ctx.report({ messageId: 'dangerous', pointer: entry.pointer, data: { set: entry.set, index: entry.index, name: entry.name, sets, power: DANGEROUS_CAPABILITIES[entry.name]! } });
    }
  },
});
