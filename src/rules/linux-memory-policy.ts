import { defineRule, specUrl } from './api.js';

// config-linux.md "Memory policy" (v1.3.0) maps onto set_mempolicy(2), which fails with EINVAL when
// MPOL_DEFAULT or MPOL_LOCAL get a node list, when MPOL_BIND, MPOL_INTERLEAVE,
// MPOL_WEIGHTED_INTERLEAVE or MPOL_PREFERRED_MANY get none, when both MPOL_F_STATIC_NODES and
// MPOL_F_RELATIVE_NODES are given, and when MPOL_F_NUMA_BALANCING is used with a mode other than
// MPOL_BIND or MPOL_PREFERRED_MANY. nodes uses the cpuset list syntax ("0-3,7").
const NO_NODES = new Set(['MPOL_DEFAULT', 'MPOL_LOCAL']);
const NEEDS_NODES = new Set(['MPOL_BIND', 'MPOL_INTERLEAVE', 'MPOL_WEIGHTED_INTERLEAVE', 'MPOL_PREFERRED_MANY']);
const EINVAL = 'set_mempolicy(2) fails with EINVAL, so the runtime cannot apply the policy.';
// The kernel's node masks hold 1 << CONFIG_NODES_SHIFT nodes, and NODES_SHIFT is at most 10 on
// x86_64 and arm64: set_mempolicy refuses a mask with a node beyond that (EINVAL, get_nodes in
// mm/mempolicy.c). runc refuses it first (configs.ToCPUSet, v1.5.1: a CPUSet of 1024 bits).
const NODE_LIMIT = 1024;

/**
 * linux.memoryPolicy.nodes as the runtimes that apply it read it: runc 1.4 and later
 * (configs.ToCPUSet, libcontainer/configs/config.go, v1.4.0 to v1.5.1), crun 1.24 and later
 * (cpuset_string_to_bitmask, src/libcrun/utils.c, 1.24 to 1.29.1) and youki 0.7.0
 * (parse_node_string, crates/libcontainer/src/process/memory_policy.rs). All three read numbers
 * and ascending ranges separated by commas. runc and youki skip empty entries and blanks around an
 * entry; crun skips only a final empty entry ("0,") and refuses any other empty entry or blank.
 * Blanks around a range's dash ("0 - 3") only youki reads. A list of nothing but commas and
 * blanks: runc ("no members found") and crun refuse it; youki reads it as no nodes.
 */
interface NodeList {
  /** What no runtime reads: an entry that is neither a number nor an ascending range. */
  problem?: string | undefined;
  /** What only crun refuses: the first empty or blank entry, or blanks around an entry. */
  crunProblem?: string | undefined;
  /** An entry with blanks around its dash, which only youki reads. */
  blankRange?: string | undefined;
  /** The highest node named, or -1 when the list names none. */
  highest: number;
  /** The highest node as written. */
  highestText?: string | undefined;
}

function readNodes(text: string): NodeList {
  const entries = text.split(',');
  let crunProblem: string | undefined;
  let blankRange: string | undefined;
  let highest = -1;
  let highestText: string | undefined;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const part = entry.trim();
    if (part === '') {
      const finalComma = entry === '' && i === entries.length - 1 && i > 0;
      if (!finalComma) crunProblem ??= entry === '' ? 'an empty entry' : 'a blank entry';
      continue;
    }
    if (part !== entry) crunProblem ??= `blanks around "${part}"`;
    const m = /^(\d+)(?:(\s*)-(\s*)(\d+))?$/.exec(part);
    if (!m) return { problem: `"${part}" is neither a number nor a range like 0-3`, highest };
    const lastText = m[4] ?? m[1]!;
    const last = Number(lastText);
    if (last < Number(m[1])) return { problem: `the range "${part}" runs backwards`, highest };
    if (m[2] || m[3]) blankRange ??= part;
    if (last > highest) [highest, highestText] = [last, lastText];
  }
  return { crunProblem, blankRange, highest, highestText };
}

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
        detail: 'nodes takes the list syntax of cpusets. runc, crun and youki all refuse this list.',
        help: 'Write comma-separated numbers and ascending ranges, such as "0-3,7".',
      },
      crunSyntax: {
        headline: 'linux.memoryPolicy.nodes "{{nodes}}" has {{problem}}, which crun cannot parse',
        detail: 'runc and youki skip empty entries and blanks around an entry. crun skips only a final comma, and refuses the list ("cannot parse input").',
        help: 'Write the list without blanks or extra commas, such as "0-3,7".',
        runtimes: { runc: 'accepts', crun: { refuses: '>=1.24' }, youki: 'accepts' },
        basis: 'runtime',
      },
      blankRange: {
        headline: 'linux.memoryPolicy.nodes "{{nodes}}" has blanks around the dash of "{{range}}"',
        detail: 'Only youki reads such a range. runc cannot read the numbers, and crun cannot parse the list.',
        help: 'Write the range without blanks, such as "0-3".',
        runtimes: { runc: { refuses: '>=1.4' }, crun: { refuses: '>=1.24' }, youki: 'accepts' },
        basis: 'runtime',
      },
      noNodes: {
        headline: 'linux.memoryPolicy.nodes "{{nodes}}" names no node',
        detail: 'runc refuses a list without members, and crun cannot parse it. youki reads it as no nodes.',
        help: 'Remove nodes, or list the nodes, such as "0-3,7".',
        runtimes: { runc: { refuses: '>=1.4' }, crun: { refuses: '>=1.24' }, youki: 'accepts' },
        basis: 'runtime',
      },
      nodeLimit: {
        headline: 'linux.memoryPolicy.nodes "{{nodes}}" names node {{node}}, beyond node 1023',
        detail: `runc refuses nodes above 1023. Linux on x86_64 and arm64 has at most ${NODE_LIMIT} NUMA nodes, and with a node beyond them ${EINVAL}`,
        help: 'List the nodes this machine has (see /sys/devices/system/node).',
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
    const list = nodes === undefined || nodes === '' ? undefined : readNodes(nodes);
    if (nodes !== undefined && list !== undefined) {
      if (list.problem) ctx.report({ messageId: 'syntax', node: policy, key: 'nodes', data: { nodes, problem: list.problem } });
      else if (list.blankRange) ctx.report({ messageId: 'blankRange', node: policy, key: 'nodes', data: { nodes, range: list.blankRange } });
      else if (list.crunProblem && list.highest >= 0) ctx.report({ messageId: 'crunSyntax', node: policy, key: 'nodes', data: { nodes, problem: list.crunProblem } });
      if (list.highest >= NODE_LIMIT) ctx.report({ messageId: 'nodeLimit', node: policy, key: 'nodes', data: { nodes, node: list.highestText ?? '' } });
    }
    // No list, "", or a list of nothing but commas and blanks.
    const namesNone = list === undefined || (list.problem === undefined && list.highest < 0);
    if (mode !== undefined && NO_NODES.has(mode) && nodes !== undefined && nodes.trim() !== '') {
      ctx.report({ messageId: 'nodesNotAllowed', node: policy, key: 'nodes', data: { nodes, mode } });
    } else if (mode !== undefined && NEEDS_NODES.has(mode) && namesNone) {
      if (nodes === undefined) ctx.report({ messageId: 'nodesRequired', node: ctx.config.linux!, key: 'memoryPolicy', target: 'key', data: { mode } });
      else ctx.report({ messageId: 'nodesRequired', node: policy, key: 'nodes', data: { mode } });
    } else if (nodes !== undefined && nodes !== '' && namesNone) {
      ctx.report({ messageId: 'noNodes', node: policy, key: 'nodes', data: { nodes } });
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
