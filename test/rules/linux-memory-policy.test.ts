import rule from '../../src/rules/linux-memory-policy.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawLinux } from '../helpers/linux.js';

testRule(rule, {
  valid: [
    { name: 'interleave', config: { linux: { memoryPolicy: { mode: 'MPOL_INTERLEAVE', nodes: '2-3', flags: ['MPOL_F_STATIC_NODES'] } } } },
    { name: 'default', config: { linux: { memoryPolicy: { mode: 'MPOL_DEFAULT' } } } },
    { name: 'preferred without nodes means local', config: { linux: { memoryPolicy: { mode: 'MPOL_PREFERRED' } } } },
    { name: 'bind with balancing', config: { linux: { memoryPolicy: { mode: 'MPOL_BIND', nodes: '0', flags: ['MPOL_F_NUMA_BALANCING'] } } } },
  ],
  invalid: [
    {
      name: 'nodes with MPOL_LOCAL',
      raw: rawLinux('{"memoryPolicy": {\n  "mode": "MPOL_LOCAL",\n  "nodes": "0-1"\n}}'),
      errors: [{ messageId: 'nodesNotAllowed', pointer: '/linux/memoryPolicy/nodes', line: 9, column: 12 }],
    },
    { name: 'bind without nodes', config: { linux: { memoryPolicy: { mode: 'MPOL_BIND' } } }, errors: [{ messageId: 'nodesRequired', pointer: '/linux/memoryPolicy' }] },
    { name: 'bad list', config: { linux: { memoryPolicy: { mode: 'MPOL_BIND', nodes: '0,x' } } }, errors: [{ messageId: 'syntax' }] },
    { name: 'static and relative', config: { linux: { memoryPolicy: { mode: 'MPOL_BIND', nodes: '0', flags: ['MPOL_F_STATIC_NODES', 'MPOL_F_RELATIVE_NODES'] } } }, errors: [{ messageId: 'staticRelative' }] },
    { name: 'balancing with interleave', config: { linux: { memoryPolicy: { mode: 'MPOL_INTERLEAVE', nodes: '0-1', flags: ['MPOL_F_NUMA_BALANCING'] } } }, errors: [{ messageId: 'numaBalancing' }] },
    { name: 'static nodes with default', config: { linux: { memoryPolicy: { mode: 'MPOL_DEFAULT', flags: ['MPOL_F_STATIC_NODES'] } } }, errors: [{ messageId: 'flagsWithoutNodes' }] },
  ],
});
