import rule from '../../src/rules/kata-host-network.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'own network namespace', targets: ['kata'] },
    { name: 'runc may share the host network', targets: ['runc'], config: { linux: { namespaces: [{ type: 'pid' }, { type: 'mount' }] } } },
  ],
  invalid: [
    {
      name: 'host network',
      targets: ['kata'],
      raw: '{\n  "ociVersion": "1.0.2",\n  "root": {"path": "rootfs"},\n  "linux": {"namespaces": [{"type": "pid"}, {"type": "mount"}]}\n}\n',
      errors: [{ messageId: 'hostNetwork', pointer: '/linux/namespaces', line: 4, column: 27 }],
    },
    {
      name: 'joins another network namespace',
      targets: ['kata'],
      config: { linux: { namespaces: [{ type: 'pid' }, { type: 'network', path: '/var/run/netns/other' }] } },
      errors: [{ messageId: 'joinNetwork', pointer: '/linux/namespaces/1/path' }],
    },
  ],
});
