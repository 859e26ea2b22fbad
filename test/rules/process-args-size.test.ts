import rule from '../../src/rules/process-args-size.js';
import { testRule } from '../helpers/rule-tester.js';

const KIB = 1024;
const big = (n: number) => 'x'.repeat(n);

testRule(rule, {
  valid: [
    { name: 'a usual command line', config: { process: { args: ['/bin/sh', '-c', 'echo hi'], env: ['PATH=/usr/bin:/bin'] } } },
    // runc 1.1.5 and crun 1.8.1 ran an argument of 131071 bytes (131072 with its NUL).
    { name: 'the longest string execve takes', config: { process: { args: ['/bin/app', big(131071)] } } },
    { name: '1.5 MiB in all, under the usual stack limit', config: { process: { args: ['/bin/app', ...Array(12).fill(big(120 * KIB))] } } },
    { name: '3 MiB in all with a 16 MiB stack limit', config: { process: { args: ['/bin/app', ...Array(24).fill(big(120 * KIB))], rlimits: [{ type: 'RLIMIT_STACK', soft: 16777216, hard: 16777216 }] } } },
  ],
  invalid: [
    {
      name: 'an argument of 200000 bytes',
      raw: `{\n  "ociVersion": "1.3.0",\n  "process": {"cwd": "/", "args": ["/bin/app",\n    "${big(200000)}"]}\n}\n`,
      errors: [{ messageId: 'string', severity: 'error', pointer: '/process/args/1', line: 4, column: 5 }],
    },
    { name: 'a variable of 131072 bytes', config: { process: { args: ['/bin/app'], env: [`BIG=${big(131068)}`] } }, errors: [{ messageId: 'string', pointer: '/process/env/0' }] },
    { name: 'a string long in UTF-8 bytes', config: { process: { args: ['/bin/app', 'é'.repeat(70000)] } }, errors: [{ messageId: 'string' }] },
    // 30 arguments of 100000 bytes failed in both runtimes (runtime oracle).
    { name: '3 MB in all, under the usual stack limit', config: { process: { args: ['/bin/app', ...Array(30).fill(big(100000))] } }, errors: [{ messageId: 'total', severity: 'warning', pointer: '/process/args' }] },
    { name: '7 MiB in all, whatever the stack limit', config: { process: { args: ['/bin/app', ...Array(60).fill(big(120 * KIB))] } }, errors: [{ messageId: 'total', severity: 'error' }] },
    { name: '600 KiB with a 2 MiB stack limit', config: { process: { args: ['/bin/app', ...Array(5).fill(big(120 * KIB))], rlimits: [{ type: 'RLIMIT_STACK', soft: 2097152, hard: 2097152 }] } }, errors: [{ messageId: 'total', severity: 'error' }] },
  ],
});
