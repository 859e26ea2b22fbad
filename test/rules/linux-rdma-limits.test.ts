import rule from '../../src/rules/linux-rdma-limits.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawLinux } from '../helpers/linux.js';

testRule(rule, {
  valid: [{ name: 'spec example', config: { linux: { resources: { rdma: { mlx5_1: { hcaHandles: 3, hcaObjects: 10000 }, mlx4_0: { hcaObjects: 1000 } } } } } }],
  invalid: [
    {
      name: 'empty entry',
      raw: rawLinux('{"resources": {"rdma": {\n  "mlx5_1": {}\n}}}'),
      errors: [{ messageId: 'empty', pointer: '/linux/resources/rdma/mlx5_1', line: 8, column: 3 }],
    },
    { name: 'white space in the name', config: { linux: { resources: { rdma: { 'mlx5 1': { hcaHandles: 1 } } } } }, errors: [{ messageId: 'name' }] },
  ],
});
