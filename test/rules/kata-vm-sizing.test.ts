import rule from '../../src/rules/kata-vm-sizing.js';
import { testRule } from '../helpers/rule-tester.js';

const CRI = (type: string) => ({ 'io.kubernetes.cri.container-type': type });
const LIMITS = { memory: { limit: 536870912 }, cpu: { shares: 512, quota: 150000, period: 100000 } };

testRule(rule, {
  valid: [
    { name: 'a pod\'s sandbox has no limits by design', targets: ['kata'], config: { annotations: CRI('sandbox'), linux: { resources: { cpu: { shares: 2 } } } } },
    { name: 'runc has no VM to size', targets: ['runc'] },
  ],
  invalid: [
    {
      name: 'limits size the VM',
      targets: ['kata'],
      config: { annotations: CRI('container'), linux: { resources: LIMITS } },
      errors: [{ messageId: 'memory', pointer: '/linux/resources/memory/limit', severity: 'info' }, { messageId: 'cpu', pointer: '/linux/resources/cpu/quota', severity: 'info' }],
    },
    {
      name: 'no limits: the VM\'s defaults',
      targets: ['kata'],
      config: { linux: { resources: { cpu: { shares: 1024, quota: -1, period: 100000 } } } },
      errors: [{ messageId: 'noMemoryLimit', pointer: '/linux/resources' }, { messageId: 'noCpuLimit', pointer: '/linux/resources/cpu' }],
    },
    { name: 'no resources at all', targets: ['kata'], errors: [{ messageId: 'noMemoryLimit', pointer: '/linux' }, { messageId: 'noCpuLimit', pointer: '/linux' }] },
  ],
});
