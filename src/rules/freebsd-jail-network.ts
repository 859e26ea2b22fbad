import { defineRule, specUrl } from './api.js';

// config-freebsd.md "Jail": a container with its own vnet SHOULD set vnet "new" and leave ip4 and
// ip6 alone; one sharing the host's vnet SHOULD leave vnet alone and set ip4/ip6 "inherit".
// Mixing the two (vnet "new" with inherited addresses) asks for conflicting network setups.
export default defineRule({
  meta: {
    id: 'freebsd-jail-network',
    description: 'A FreeBSD jail with vnet "new" should not also inherit the host ip4/ip6 addresses.',
    category: 'spec',
    defaultSeverity: 'warning',
    spec: { url: specUrl('config-freebsd.md', 'configFreeBSDJail'), level: 'SHOULD' },
    versions: '>=1.3.0',
    platforms: ['freebsd'],
    messages: {
      inherit: {
        headline: 'freebsd.jail.{{field}} is "inherit" while freebsd.jail.vnet is "new"',
        detail: 'A jail with its own vnet should leave {{field}} unset; one that shares the host\'s vnet leaves vnet unset and inherits the addresses. Mixing the two asks for conflicting network setups.',
        help: 'Remove freebsd.jail.{{field}}, or remove vnet to share the host\'s network.',
      },
    },
  },
  reads: ['freebsd.jail'],
  check(ctx) {
    const jail = ctx.config.freebsd?.jail;
    if (jail?.vnet !== 'new') return;
    for (const field of ['ip4', 'ip6'] as const) {
      if (jail[field] === 'inherit') ctx.report({ messageId: 'inherit', node: jail, key: field, data: { field } });
    }
  },
});
