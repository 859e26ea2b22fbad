import rule from '../../src/rules/linux-memory-policy.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawLinux } from '../helpers/linux.js';

testRule(rule, {
  valid: [
    { name: 'interleave', config: { linux: { memoryPolicy: { mode: 'MPOL_INTERLEAVE', nodes: '2-3', flags: ['MPOL_F_STATIC_NODES'] } } } },
    { name: 'default', config: { linux: { memoryPolicy: { mode: 'MPOL_DEFAULT' } } } },
    { name: 'preferred without nodes means local', config: { linux: { memoryPolicy: { mode: 'MPOL_PREFERRED' } } } },
    { name: 'bind with balancing', config: { linux: { memoryPolicy: { mode: 'MPOL_BIND', nodes: '0', flags: ['MPOL_F_NUMA_BALANCING'] } } } },
    // runc, crun and youki all skip a final comma.
    { name: 'a final comma', config: { linux: { memoryPolicy: { mode: 'MPOL_BIND', nodes: '0-1,3,' } } } },
    { name: 'the highest node', config: { linux: { memoryPolicy: { mode: 'MPOL_BIND', nodes: '1023' } } } },
    { name: 'empty nodes for preferred', config: { linux: { memoryPolicy: { mode: 'MPOL_PREFERRED', nodes: '' } } } },
  ],
  invalid: [
    {
      name: 'nodes with MPOL_LOCAL',
      raw: rawLinux('{"memoryPolicy": {\n  "mode": "MPOL_LOCAL",\n  "nodes": "0-1"\n}}'),
      errors: [{ messageId: 'nodesNotAllowed', pointer: '/linux/memoryPolicy/nodes', line: 9, column: 12 }],
    },
    { name: 'bind without nodes', config: { linux: { memoryPolicy: { mode: 'MPOL_BIND' } } }, errors: [{ messageId: 'nodesRequired', pointer: '/linux/memoryPolicy' }] },
    { name: 'bad list', config: { linux: { memoryPolicy: { mode: 'MPOL_BIND', nodes: '0,x' } } }, errors: [{ messageId: 'syntax' }] },
    { name: 'a backwards range', config: { linux: { memoryPolicy: { mode: 'MPOL_BIND', nodes: '3-1' } } }, errors: [{ messageId: 'syntax', severity: 'error' }] },
    { name: 'a stride, which only cpusets have', config: { linux: { memoryPolicy: { mode: 'MPOL_BIND', nodes: '0-3:1/2' } } }, errors: [{ messageId: 'syntax' }] },
    // runc and youki skip empty entries and blanks around an entry; crun refuses them.
    { name: 'a leading comma', config: { linux: { memoryPolicy: { mode: 'MPOL_BIND', nodes: ',0' } } }, errors: [{ messageId: 'crunSyntax', severity: 'warning', pointer: '/linux/memoryPolicy/nodes' }] },
    { name: 'two commas', config: { linux: { memoryPolicy: { mode: 'MPOL_BIND', nodes: '0,,1' } } }, errors: [{ messageId: 'crunSyntax', severity: 'warning' }] },
    { name: 'a blank after a comma', config: { linux: { memoryPolicy: { mode: 'MPOL_BIND', nodes: '0, 1' } } }, errors: [{ messageId: 'crunSyntax', severity: 'warning' }] },
    { name: 'a final blank entry', config: { linux: { memoryPolicy: { mode: 'MPOL_BIND', nodes: '0, ' } } }, errors: [{ messageId: 'crunSyntax' }] },
    { name: 'blanks, for crun', targets: ['crun'], config: { linux: { memoryPolicy: { mode: 'MPOL_BIND', nodes: ' 0' } } }, errors: [{ messageId: 'crunSyntax', severity: 'error' }] },
    { name: 'blanks, for crun before memory policies', targets: ['crun@1.23'], config: { linux: { memoryPolicy: { mode: 'MPOL_BIND', nodes: ' 0' } } }, errors: [{ messageId: 'crunSyntax', severity: 'warning' }] },
    { name: 'blanks, for runc', targets: ['runc'], config: { linux: { memoryPolicy: { mode: 'MPOL_BIND', nodes: ' 0' } } }, errors: [{ messageId: 'crunSyntax', severity: 'warning' }] },
    // Only youki reads blanks around a dash.
    { name: 'blanks around a dash', config: { linux: { memoryPolicy: { mode: 'MPOL_BIND', nodes: '0 - 3' } } }, errors: [{ messageId: 'blankRange', severity: 'warning' }] },
    { name: 'blanks around a dash, for runc', targets: ['runc'], config: { linux: { memoryPolicy: { mode: 'MPOL_BIND', nodes: '0 - 3' } } }, errors: [{ messageId: 'blankRange', severity: 'error' }] },
    { name: 'blanks around a dash, for youki', targets: ['youki'], config: { linux: { memoryPolicy: { mode: 'MPOL_BIND', nodes: '0 - 3' } } }, errors: [{ messageId: 'blankRange', severity: 'warning' }] },
    // A list of only commas and blanks: runc and crun refuse it, youki reads no nodes.
    { name: 'only a comma, for preferred', config: { linux: { memoryPolicy: { mode: 'MPOL_PREFERRED', nodes: ',' } } }, errors: [{ messageId: 'noNodes', severity: 'warning' }] },
    { name: 'only a blank, for default', targets: ['crun'], config: { linux: { memoryPolicy: { mode: 'MPOL_DEFAULT', nodes: ' ' } } }, errors: [{ messageId: 'noNodes', severity: 'error' }] },
    { name: 'only a comma, for default', config: { linux: { memoryPolicy: { mode: 'MPOL_DEFAULT', nodes: ',' } } }, errors: [{ messageId: 'nodesNotAllowed', severity: 'error' }] },
    { name: 'only commas and blanks, for bind', config: { linux: { memoryPolicy: { mode: 'MPOL_BIND', nodes: ' , ' } } }, errors: [{ messageId: 'nodesRequired', pointer: '/linux/memoryPolicy/nodes' }] },
    { name: 'a node beyond 1023', config: { linux: { memoryPolicy: { mode: 'MPOL_BIND', nodes: '0,1000-1024' } } }, errors: [{ messageId: 'nodeLimit', severity: 'error' }] },
    { name: 'static and relative', config: { linux: { memoryPolicy: { mode: 'MPOL_BIND', nodes: '0', flags: ['MPOL_F_STATIC_NODES', 'MPOL_F_RELATIVE_NODES'] } } }, errors: [{ messageId: 'staticRelative' }] },
    { name: 'balancing with interleave', config: { linux: { memoryPolicy: { mode: 'MPOL_INTERLEAVE', nodes: '0-1', flags: ['MPOL_F_NUMA_BALANCING'] } } }, errors: [{ messageId: 'numaBalancing' }] },
    { name: 'static nodes with default', config: { linux: { memoryPolicy: { mode: 'MPOL_DEFAULT', flags: ['MPOL_F_STATIC_NODES'] } } }, errors: [{ messageId: 'flagsWithoutNodes' }] },
  ],
});
