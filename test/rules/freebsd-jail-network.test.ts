import rule from '../../src/rules/freebsd-jail-network.js';
import { testRule } from '../helpers/rule-tester.js';

const fb = (jail: Record<string, unknown>) => ({ linux: undefined, freebsd: { jail } });

testRule(rule, {
  valid: [
    { name: 'own vnet', config: fb({ vnet: 'new' }) },
    { name: 'shared vnet, inherited addresses', config: fb({ ip4: 'inherit', ip6: 'inherit' }) },
  ],
  invalid: [
    {
      name: 'own vnet with inherited ip4',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "freebsd": {"jail": {"vnet": "new",\n    "ip4": "inherit"}}\n}\n',
      errors: [{ messageId: 'inherit', pointer: '/freebsd/jail/ip4', line: 5, column: 12, severity: 'warning' }],
    },
  ],
});
