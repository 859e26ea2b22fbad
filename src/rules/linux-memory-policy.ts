import { defineRule, specUrl } from './api.js';
import { listProblem } from '../model/users.js';

// config-linux.md "Memory policy" (v1.3.0) maps onto set_mempolicy(2), which fails with EINVAL when
// MPOL_DEFAULT or MPOL_LOCAL get a node list, when MPOL_BIND, MPOL_INTERLEAVE,
// MPOL_WEIGHTED_INTERLEAVE or MPOL_PREFERRED_MANY get none, when both MPOL_F_STATIC_NODES and
// MPOL_F_RELATIVE_NODES are given, and when MPOL_F_NUMA_BALANCING is used with a mode other than
// MPOL_BIND or MPOL_PREFERRED_MANY. nodes uses the cpuset list syntax ("0-3,7").
const NO_NODES = new Set(['MPOL_DEFAULT', 'MPOL_LOCAL']);
const NEEDS_NODES = new Set(['MPOL_BIND', 'MPOL_INTERLEAVE', 'MPOL_WEIGHTED_INTERLEAVE', 'MPOL_PREFERRED_MANY']);
const EINVAL = 'set_mempolicy(2) fails with EINVAL, so the runtime cannot apply the policy.';

export default defineRule({
  meta: {
    id: 'linux-memory-policy',
    description: 'linux.memoryPolicy nodes and flags must fit its mode.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxMemoryPolicy'), level: 'MAY' },
    versions: '>=1.3.0',
    platforms: ['linux'],
    messages: {
      nodesNotAllowed: {
        headline: 'linux.memoryPolicy.nodes "{{nodes}}" is set, but mode {{mode}} takes no nodes',
        detail: `Given a node list in this mode, ${EINVAL}`,
        help: 'Remove nodes, or choose a mode that takes a node list.',
      },
      nodesRequired: {
        headline: 'linux.memoryPolicy.mode {{mode}} needs nodes, and memoryPolicy.nodes lists none',
        detail: `Without at least one node, ${EINVAL}`,
        help: 'Give the nodes as a list such as "0-3,7".',
      },
      syntax: {
        headline: 'linux.memoryPolicy.nodes "{{nodes}}" is not a valid node list: {{problem}}',
        detail: 'nodes takes the list syntax of cpusets.',
        help: 'Write comma-separated numbers and ascending ranges, such as "0-3,7".',
      },
      staticRelative: {
        headline: 'linux.memoryPolicy.flags has both MPOL_F_STATIC_NODES and MPOL_F_RELATIVE_NODES',
        detail: `set_mempolicy accepts only one of them: ${EINVAL}`,
        help: 'Keep one of the two flags.',
      },
      numaBalancing: {
        headline: 'linux.memoryPolicy.flags has MPOL_F_NUMA_BALANCING with mode {{mode}}',
        detail: `MPOL_F_NUMA_BALANCING only works with MPOL_BIND or MPOL_PREFERRED_MANY: ${EINVAL}`,
        help: 'Remove the flag, or use mode MPOL_BIND or MPOL_PREFERRED_MANY.',
      },
      flagsWithoutNodes: {
        headline: 'linux.memoryPolicy.flags has {{flag}}, but mode {{mode}} takes no nodes',
        detail: `The flag applies to a node list, and this mode has none: ${EINVAL}`,
        help: 'Remove {{flag}}.',
      },
    },
  },
  reads: ['linux.memoryPolicy'],
  check(ctx) {
    const policy = ctx.config.linux?.memoryPolicy;
    if (!policy) return;
    const { mode, nodes } = policy;
    const empty = nodes === undefined || nodes.trim() === '';
    if (nodes !== undefined) {
      const problem = listProblem(nodes);
      if (problem) ctx.report({ messageId: 'syntax', node: policy, key: 'nodes', data: { nodes, problem } });
    }
    if (mode !== undefined) {
      if (NO_NODES.has(mode) && !empty) ctx.report({ messageId: 'nodesNotAllowed', node: policy, key: 'nodes', data: { nodes: nodes ?? '', mode } });
      if (NEEDS_NODES.has(mode) && empty) {
        if (nodes === undefined) ctx.report({ messageId: 'nodesRequired', node: ctx.config.linux!, key: 'memoryPolicy', target: 'key', data: { mode } });
        else ctx.report({ messageId: 'nodesRequired', node: policy, key: 'nodes', data: { mode } });
      }
    }
    const flags = (policy.flags ?? []).filter((f): f is string => f !== undefined);
    if (flags.includes('MPOL_F_STATIC_NODES') && flags.includes('MPOL_F_RELATIVE_NODES')) {
      ctx.report({ messageId: 'staticRelative', node: policy, key: 'flags' });
    }
    if (mode !== undefined && flags.includes('MPOL_F_NUMA_BALANCING') && mode !== 'MPOL_BIND' && mode !== 'MPOL_PREFERRED_MANY') {
      ctx.report({ messageId: 'numaBalancing', node: policy, key: 'flags', data: { mode } });
    }
    if (mode !== undefined && NO_NODES.has(mode)) {
      for (const flag of ['MPOL_F_STATIC_NODES', 'MPOL_F_RELATIVE_NODES']) {
        if (flags.includes(flag)) ctx.report({ messageId: 'flagsWithoutNodes', node: policy, key: 'flags', data: { flag, mode } });
      }
    }
  },
});
