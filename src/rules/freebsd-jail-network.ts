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
      inherit: 'freebsd.jail.{{field}} is "inherit" while freebsd.jail.vnet is "new"; a jail with its own vnet should leave {{field}} unset.',
    },
  },
  check(ctx) {
    if (ctx.string('/freebsd/jail/vnet') !== 'new') return;
    for (const field of ['ip4', 'ip6']) {
      if (ctx.string(`/freebsd/jail/${field}`) === 'inherit') ctx.report({ messageId: 'inherit', pointer: `/freebsd/jail/${field}`, data: { field } });
    }
  },
});
