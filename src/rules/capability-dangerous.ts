import { defineRule } from './api.js';
import { DANGEROUS_CAPABILITIES } from './data/capabilities.js';
import { capabilities, firstPerName } from '../model/capabilities.js';
import { hasOwn } from './util/own.js';

// Each of these capabilities is, alone, a well-known route from a container to the host. They
// have one cause (whoever wrote the capability sets), so a config gets one finding: at the most
// dangerous of them (the order of DANGEROUS_CAPABILITIES), with every other one as a related place.
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
      several: {
        headline: 'process.capabilities grants {{name}} and {{more}} more dangerous capabilities',
        detail: 'Each is one of the known routes from a container to its host. The process holds {{powers}}.',
        help: 'Remove them from every set, and add back only those the workload cannot run without.',
      },
    },
  },
  reads: ['process.capabilities'],
  check(ctx) {
    const hits = firstPerName(capabilities(ctx).filter((c) => c.set !== 'inheritable' && hasOwn(DANGEROUS_CAPABILITIES, c.name)));
    if (hits.length === 0) return;
    const order = Object.keys(DANGEROUS_CAPABILITIES);
    const lead = hits.reduce((a, b) => (order.indexOf(b.entry.name) < order.indexOf(a.entry.name) ? b : a));
    const { entry, sets } = lead;
    const at = { node: entry.list, key: entry.index };
    if (hits.length === 1) {
      ctx.report({ messageId: 'dangerous', ...at, data: { set: entry.set, index: entry.index, name: entry.name, sets, power: DANGEROUS_CAPABILITIES[entry.name]! } });
      return;
    }
    const byDanger = [...hits].sort((a, b) => order.indexOf(a.entry.name) - order.indexOf(b.entry.name));
    ctx.report({
      messageId: 'several',
      ...at,
      data: { name: entry.name, more: hits.length - 1, powers: byDanger.map((h) => `${h.entry.name} to ${DANGEROUS_CAPABILITIES[h.entry.name]!}`).join('; ') },
      // Every other one at its first entry, in the order of the document.
      related: hits
        .filter((h) => h !== lead)
        .map((h) => ({ message: `process.capabilities.${h.entry.set}[${h.entry.index}] grants ${h.entry.name} (in ${h.sets})`, node: h.entry.list, key: h.entry.index })),
    });
  },
});
