import { defineRule } from './api.js';
import { fieldOf, type Rlimit } from '../model/view.js';

// execve(2) copies args[0]'s path, the arguments and the environment onto the new program's stack
// and fails with E2BIG when they do not fit (fs/exec.c): a single string may hold at most
// MAX_ARG_STRLEN, 131072 bytes with its NUL, and all of them together, with a pointer of 8 bytes
// each, a quarter of the soft RLIMIT_STACK, at most 6 MiB and at least 128 KiB. Runtime oracle,
// run to start: an argument of 131071 bytes ran, one of 200000 bytes (and an environment entry of
// 200000) failed in runc 1.1.5 ("exec /bin/hello: argument list too long") and crun 1.8.1
// ("Argument list too long"), and so did 30 arguments of 100000 bytes (3 MB) under the usual
// 8 MiB stack limit. The runtimes set the config's rlimits before the exec, so a RLIMIT_STACK
// there decides the total; without one, the runtime's own limit does (8 MiB by default).
const MAX_ARG_STRLEN = 131072;
const MAX_TOTAL = 6 * 1024 * 1024;
const MIN_TOTAL = 128 * 1024;
const DEFAULT_STACK = 8 * 1024 * 1024;
const POINTER = 8;

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8') + 1;
const mib = (n: number): string => `${(n / 1048576).toFixed(1)} MiB`;

export default defineRule({
  meta: {
    id: 'process-args-size',
    description: 'process.args and process.env must fit what execve(2) copies: 128 KiB a string, and a total a quarter of the stack limit.',
    category: 'runtime',
    defaultSeverity: 'error',
    platforms: ['linux'],
    runtimeVersions: 'runc 1.1.5 and crun 1.8.1 (runtime oracle, run to start)',
    messages: {
      string: {
        headline: '{{field}} is {{size}} bytes, more than the 131071 execve(2) takes in one string',
        detail: 'execve(2) takes at most 131072 bytes for a string, its NUL included, and fails with E2BIG: runc and crun create the container, and the program never starts ("argument list too long").',
        help: 'Pass large data through a file in the rootfs or a mount, not an argument or a variable.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
      total: {
        headline: 'process.args and process.env hold {{size}}, above the {{limit}} execve(2) takes{{why}}',
        detail: 'execve(2) copies them onto the program\'s stack and takes at most a quarter of the stack limit (at most 6 MiB): beyond it, it fails with E2BIG, and the program never starts ("argument list too long").',
        help: 'Pass large data through a file in the rootfs or a mount, or raise RLIMIT_STACK (a quarter of it is the limit, up to 6 MiB).',
        cases: { defaultStack: { severity: 'warning', when: 'the config sets no RLIMIT_STACK, and the total fits 6 MiB: the runtime\'s own stack limit decides' } },
      },
    },
  },
  reads: ['process.args', 'process.env', 'process.rlimits'],
  check(ctx) {
    const process = ctx.config.process;
    if (!process) return;
    let total = 0;
    let count = 0;
    for (const list of [process.args, process.env]) {
      list?.forEach((s, i) => {
        if (s === undefined) return;
        const size = bytes(s);
        total += size + POINTER;
        count++;
        if (size > MAX_ARG_STRLEN) ctx.report({ messageId: 'string', node: list, key: i, data: { field: fieldOf(list, i), size: size - 1 } });
      });
    }
    // The program's path is copied too: args[0] stands for it.
    const first = process.args?.[0];
    if (first !== undefined) total += bytes(first);
    if (count === 0 || total <= MIN_TOTAL) return;
    // A repeated type: the runtimes set each entry in turn, so the last one holds.
    let stack: Rlimit | undefined;
    for (const r of process.rlimits ?? []) if (r?.type === 'RLIMIT_STACK') stack = r;
    const soft = stack === undefined ? undefined : ctx.exact(stack, 'soft');
    const limit = Math.max(MIN_TOTAL, Math.min(MAX_TOTAL, Number(soft ?? BigInt(DEFAULT_STACK)) / 4));
    if (total <= limit) return;
    const why = soft !== undefined ? ` with RLIMIT_STACK ${soft}` : total > MAX_TOTAL ? '' : ' under the usual 8 MiB stack limit';
    const defaultStack = soft === undefined && total <= MAX_TOTAL;
    ctx.report({
      messageId: 'total',
      node: process,
      key: process.args !== undefined ? 'args' : 'env',
      data: { size: mib(total), limit: mib(limit), why },
      ...(defaultStack && { case: 'defaultStack' }),
    });
  },
});
