import rule from '../../src/rules/linux-net-devices.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawLinux } from '../helpers/linux.js';

testRule(rule, {
  valid: [
    { name: 'move and rename', config: { linux: { netDevices: { eth1: { name: 'net0' }, ens4: {} } } } },
    { name: 'template names may repeat', config: { linux: { netDevices: { eth1: { name: 'net%d' }, eth2: { name: 'net%d' } } } } },
  ],
  invalid: [
    {
      name: 'name too long',
      raw: rawLinux('{"namespaces": [{"type": "network"}], "netDevices": {\n  "eth1": {"name": "a-very-long-interface"}\n}}'),
      errors: [{ messageId: 'badName', pointer: '/linux/netDevices/eth1/name', line: 8, column: 20 }],
    },
    { name: 'slash in the key', config: { linux: { netDevices: { 'eth/1': {} } } }, errors: [{ messageId: 'badKey', pointer: '/linux/netDevices/eth~11' }] },
    { name: 'dot name', config: { linux: { netDevices: { eth1: { name: '..' } } } }, errors: [{ messageId: 'badName' }] },
    { name: 'no network namespace', config: { linux: { namespaces: [{ type: 'mount' }], netDevices: { eth1: {} } } }, errors: [{ messageId: 'noNetNs', pointer: '/linux/netDevices' }] },
    { name: 'two devices, one name', config: { linux: { netDevices: { eth1: { name: 'net0' }, eth2: { name: 'net0' } } } }, errors: [{ messageId: 'sameName', pointer: '/linux/netDevices/eth2' }] },
  ],
});
