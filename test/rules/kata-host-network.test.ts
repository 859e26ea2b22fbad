import rule from '../../src/rules/kata-host-network.js';
import { testRule } from '../helpers/rule-tester.js';

const CRI = (type: string) => ({ 'io.kubernetes.cri.container-type': type });
const joins = (path: string) => ({ linux: { namespaces: [{ type: 'pid' }, { type: 'mount' }, { type: 'network', path }] } });

testRule(rule, {
  valid: [
    { name: 'own network namespace', targets: ['kata'] },
    { name: 'no network namespace: shared-network-namespace says what Kata does', targets: ['kata'], config: { linux: { namespaces: [{ type: 'pid' }, { type: 'mount' }] } } },
    { name: 'the host\'s namespace by path: shared-network-namespace reports it', targets: ['kata'], config: joins('/proc/1/ns/net') },
    { name: 'a pod sandbox joins the namespace its CNI plugin set up', targets: ['kata'], config: { annotations: CRI('sandbox'), ...joins('/var/run/netns/cni-1234') } },
    { name: 'a pod container joins its sandbox\'s namespace', targets: ['kata'], config: { annotations: CRI('container'), ...joins('/proc/4242/ns/net') } },
    { name: 'runc may share another container\'s network', targets: ['runc'], config: joins('/var/run/netns/other') },
  ],
  invalid: [
    {
      name: 'joins another container\'s network namespace outside a pod',
      targets: ['kata'],
      raw: '{\n  "ociVersion": "1.0.2",\n  "root": {"path": "rootfs"},\n  "linux": {"namespaces": [{"type": "pid"}, {"type": "network", "path": "/var/run/netns/other"}]}\n}\n',
      errors: [{ messageId: 'joinNetwork', pointer: '/linux/namespaces/1/path', line: 4, column: 73, severity: 'warning' }],
    },
  ],
});
