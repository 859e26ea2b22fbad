import { defineRule, specUrl } from './api.js';
import { listProblem } from './util/linux.js';

// config-linux.md "Memory policy" (v1.3.0) maps onto set_mempolicy(2), which fails with EINVAL when
// MPOL_DEFAULT or MPOL_LOCAL get a node list, when MPOL_BIND, MPOL_INTERLEAVE,
// MPOL_WEIGHTED_INTERLEAVE or MPOL_PREFERRED_MANY get none, when both MPOL_F_STATIC_NODES and
// MPOL_F_RELATIVE_NODES are given, and when MPOL_F_NUMA_BALANCING is used with a mode other than
// MPOL_BIND or MPOL_PREFERRED_MANY. nodes uses the cpuset list syntax ("0-3,7").
const NO_NODES = new Set(['MPOL_DEFAULT', 'MPOL_LOCAL']);
const NEEDS_NODES = new Set(['MPOL_BIND', 'MPOL_INTERLEAVE', 'MPOL_WEIGHTED_INTERLEAVE', 'MPOL_PREFERRED_MANY']);

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
      nodesNotAllowed: 'linux.memoryPolicy.nodes "{{nodes}}" is set but mode {{mode}} takes no nodes.',
      nodesRequired: 'linux.memoryPolicy.mode {{mode}} needs at least one node in linux.memoryPolicy.nodes.',
      syntax: 'linux.memoryPolicy.nodes "{{nodes}}" is not a valid node list: {{problem}}.',
      staticRelative: 'linux.memoryPolicy.flags has both MPOL_F_STATIC_NODES and MPOL_F_RELATIVE_NODES; set_mempolicy accepts only one.',
      numaBalancing: 'linux.memoryPolicy.flags has MPOL_F_NUMA_BALANCING, which only works with MPOL_BIND or MPOL_PREFERRED_MANY, not {{mode}}.',
      flagsWithoutNodes: 'linux.memoryPolicy.flags has {{flag}} but mode {{mode}} takes no nodes for it to apply to.',
    },
  },
  check(ctx) {
    const mode = ctx.string('/linux/memoryPolicy/mode');
    const nodes = ctx.string('/linux/memoryPolicy/nodes');
    const empty = nodes === undefined || nodes.trim() === '';
    if (nodes !== undefined) {
      const problem = listProblem(nodes);
      if (problem) ctx.report({ messageId: 'syntax', pointer: '/linux/memoryPolicy/nodes', data: { nodes, problem } });
    }
    if (mode !== undefined) {
      if (NO_NODES.has(mode) && !empty) ctx.report({ messageId: 'nodesNotAllowed', pointer: '/linux/memoryPolicy/nodes', data: { nodes: nodes ?? '', mode } });
      if (NEEDS_NODES.has(mode) && empty) {
        ctx.report({ messageId: 'nodesRequired', pointer: nodes === undefined ? '/linux/memoryPolicy' : '/linux/memoryPolicy/nodes', ...(nodes === undefined && { target: 'key' as const }), data: { mode } });
      }
    }
    const flags = (ctx.array('/linux/memoryPolicy/flags') ?? []).filter((f): f is string => typeof f === 'string');
    if (flags.includes('MPOL_F_STATIC_NODES') && flags.includes('MPOL_F_RELATIVE_NODES')) {
      ctx.report({ messageId: 'staticRelative', pointer: '/linux/memoryPolicy/flags' });
    }
    if (mode !== undefined && flags.includes('MPOL_F_NUMA_BALANCING') && mode !== 'MPOL_BIND' && mode !== 'MPOL_PREFERRED_MANY') {
      ctx.report({ messageId: 'numaBalancing', pointer: '/linux/memoryPolicy/flags', data: { mode } });
    }
    if (mode !== undefined && NO_NODES.has(mode)) {
      for (const flag of ['MPOL_F_STATIC_NODES', 'MPOL_F_RELATIVE_NODES']) {
        if (flags.includes(flag)) ctx.report({ messageId: 'flagsWithoutNodes', pointer: '/linux/memoryPolicy/flags', data: { flag, mode } });
      }
    }
  },
});
