// --host-specific: rlimits above the host's hard limits can only be set with CAP_SYS_RESOURCE.
import { defineRule, specUrl } from './api.js';
import { fieldOf } from '../model/view.js';

/** /proc/<pid>/limits row names, per RLIMIT_* type. */
const ROWS: Record<string, string> = {
  RLIMIT_CPU: 'Max cpu time', RLIMIT_FSIZE: 'Max file size', RLIMIT_DATA: 'Max data size', RLIMIT_STACK: 'Max stack size',
  RLIMIT_CORE: 'Max core file size', RLIMIT_RSS: 'Max resident set', RLIMIT_NPROC: 'Max processes', RLIMIT_NOFILE: 'Max open files',
  RLIMIT_MEMLOCK: 'Max locked memory', RLIMIT_AS: 'Max address space', RLIMIT_LOCKS: 'Max file locks', RLIMIT_SIGPENDING: 'Max pending signals',
  RLIMIT_MSGQUEUE: 'Max msgqueue size', RLIMIT_NICE: 'Max nice priority', RLIMIT_RTPRIO: 'Max realtime priority', RLIMIT_RTTIME: 'Max realtime timeout',
};

export default defineRule({
  meta: {
    id: 'host-rlimits',
    description: 'process.rlimits stay under the hard limits this host gives processes.',
    category: 'runtime',
    defaultSeverity: 'warning',
    spec: { url: specUrl('config.md', 'configProcess'), level: 'MUST' },
    platforms: ['linux'],
    hostSpecific: true,
    messages: {
      aboveHard: {
        headline: '{{field}} is {{value}} for {{type}}, above this host\'s hard limit of {{host}}',
        detail: 'setrlimit fails unless the runtime has CAP_SYS_RESOURCE.',
        help: 'Lower the hard limit to {{host}} or less, or run the runtime with CAP_SYS_RESOURCE.',
      },
      aboveNrOpen: {
        headline: '{{field}} is {{value}} for RLIMIT_NOFILE, above this host\'s fs.nr_open of {{host}}',
        detail: 'setrlimit fails even with CAP_SYS_RESOURCE.',
        help: 'Lower the hard limit to {{host}} or less, or raise fs.nr_open on this host.',
      },
    },
  },
  reads: ['process.rlimits'],
  check(ctx) {
    const host = ctx.host;
    const list = ctx.config.process?.rlimits;
    if (!host || !list?.length) return;
    const text = host.readSmallFile('/proc/self/limits', 8192);
    if (text === undefined) return;
    // A runtime started the way this linter was (same limits, same capabilities) may raise hard
    // limits if it holds CAP_SYS_RESOURCE (bit 24): then only fs.nr_open bounds RLIMIT_NOFILE.
    const capEff = /^CapEff:\s*([0-9a-f]+)$/m.exec(host.readSmallFile('/proc/self/status', 16384) ?? '')?.[1];
    const canRaise = capEff !== undefined && (BigInt('0x' + capEff) & (1n << 24n)) !== 0n;
    const nrOpenText = canRaise ? host.readSmallFile('/proc/sys/fs/nr_open', 64)?.trim() : undefined;
    const nrOpen = nrOpenText !== undefined && /^\d+$/.test(nrOpenText) ? BigInt(nrOpenText) : undefined;
    const hard = new Map<string, bigint>();
    for (const line of text.split('\n')) {
      const m = /^(Max [a-z ]+?)\s{2,}(\S+)\s+(\S+)/.exec(line);
      if (m && /^\d+$/.test(m[3]!)) hard.set(m[1]!, BigInt(m[3]!));
    }
    for (const r of list) {
      const type = r?.type;
      if (!r || type === undefined) continue;
      const row = ROWS[type];
      const limit = canRaise ? (type === 'RLIMIT_NOFILE' ? nrOpen : undefined) : row === undefined ? undefined : hard.get(row);
      if (limit === undefined) continue; // unknown type (another rule) or unlimited on the host
      // Only the hard limit: a soft limit above it is an error of its own (process-rlimit-values).
      const v = ctx.exact(r, 'hard');
      if (v === undefined || !ctx.valid(r, 'hard') || v <= limit) continue;
      ctx.report({ messageId: canRaise ? 'aboveNrOpen' : 'aboveHard', node: r, key: 'hard', data: { field: fieldOf(r, 'hard'), value: v, type, host: limit } });
    }
  },
});
