import rule from '../../src/rules/process-rlimit-values.js';
import { testRule } from '../helpers/rule-tester.js';

const raw = (soft: string, hard: string, type = 'RLIMIT_CORE') =>
  `{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "process": {"cwd": "/", "args": ["/bin/sh"],\n    "rlimits": [{"type": "${type}", "soft": ${soft}, "hard": ${hard}}]}\n}\n`;

testRule(rule, {
  valid: [
    // A soft CPU limit of 0 the kernel reads as 1 second: runc 1.1.5 and crun 1.8.1 ran it.
    { name: 'cpu soft 0, hard 10', config: { process: { rlimits: [{ type: 'RLIMIT_CPU', soft: 0, hard: 10 }] } } },
    { name: 'nproc 1', config: { process: { rlimits: [{ type: 'RLIMIT_NPROC', soft: 1, hard: 1 }] } } },
    { name: 'fsize 1024', config: { process: { rlimits: [{ type: 'RLIMIT_FSIZE', soft: 1024, hard: 1024 }] } } },
    { name: 'stack 16384', config: { process: { rlimits: [{ type: 'RLIMIT_STACK', soft: 16384, hard: 16384 }] } } },
    { name: 'stack 8 MiB', config: { process: { rlimits: [{ type: 'RLIMIT_STACK', soft: 8388608, hard: 8388608 }] } } },
    { name: 'equal', config: { process: { rlimits: [{ type: 'RLIMIT_NOFILE', soft: 1024, hard: 1024 }] } } },
    { name: 'soft below hard', config: { process: { rlimits: [{ type: 'RLIMIT_NOFILE', soft: 1024, hard: 4096 }] } } },
    { name: 'both unlimited (exact 2^64-1)', raw: raw('18446744073709551615', '18446744073709551615') },
    { name: 'soft 2^64-2 under unlimited', raw: raw('18446744073709551614', '18446744073709551615') },
    { name: 'NOFILE soft 32', config: { process: { rlimits: [{ type: 'RLIMIT_NOFILE', soft: 32, hard: 32 }] } } },
    { name: 'a low limit of another kind', config: { process: { rlimits: [{ type: 'RLIMIT_CORE', soft: 0, hard: 0 }] } } },
    { name: 'NOFILE exactly at nr_open', config: { process: { rlimits: [{ type: 'RLIMIT_NOFILE', soft: 1048576, hard: 1048576 }] } } },
  ],
  invalid: [
    { name: 'cpu hard 0', config: { process: { rlimits: [{ type: 'RLIMIT_CPU', soft: 0, hard: 0 }] } }, errors: [{ messageId: 'cpuZero', severity: 'error', pointer: '/process/rlimits/0/hard' }] },
    { name: 'nproc soft 0', config: { process: { rlimits: [{ type: 'RLIMIT_NPROC', soft: 0, hard: 5 }] } }, errors: [{ messageId: 'nprocZero', severity: 'error', pointer: '/process/rlimits/0/soft' }] },
    { name: 'fsize 256', config: { process: { rlimits: [{ type: 'RLIMIT_FSIZE', soft: 256, hard: 256 }] } }, errors: [{ messageId: 'fsizeCrun', severity: 'warning', pointer: '/process/rlimits/0/soft' }] },
    { name: 'fsize 0, for crun', targets: ['crun'], config: { process: { rlimits: [{ type: 'RLIMIT_FSIZE', soft: 0, hard: 0 }] } }, errors: [{ messageId: 'fsizeCrun', severity: 'error' }] },
    { name: 'fsize 0, for runc', targets: ['runc'], config: { process: { rlimits: [{ type: 'RLIMIT_FSIZE', soft: 0, hard: 0 }] } }, errors: [{ messageId: 'fsizeCrun', severity: 'warning' }] },
    { name: 'stack 8192, in KiB as ulimit -s takes it', config: { process: { rlimits: [{ type: 'RLIMIT_STACK', soft: 8192, hard: 8192 }] } }, errors: [{ messageId: 'stackLow', severity: 'warning', pointer: '/process/rlimits/0/soft' }] },
    { name: 'stack 0', config: { process: { rlimits: [{ type: 'RLIMIT_STACK', soft: 0, hard: 1048576 }] } }, errors: [{ messageId: 'stackLow' }] },
    {
      name: 'soft above hard',
      raw: raw('2048', '1024'),
      errors: [{ messageId: 'softAboveHard', pointer: '/process/rlimits/0/soft', line: 5, column: 49 }],
    },
    { name: 'differs only beyond 2^53', raw: raw('18446744073709551615', '18446744073709551614'), errors: [{ messageId: 'softAboveHard' }] },
    { name: 'NOFILE unlimited', raw: raw('18446744073709551615', '18446744073709551615', 'RLIMIT_NOFILE'), errors: [{ messageId: 'nofileAboveMax', pointer: '/process/rlimits/0/hard', severity: 'error' }] },
    { name: 'NOFILE soft 0 under a higher hard limit', config: { process: { rlimits: [{ type: 'RLIMIT_NOFILE', soft: 0, hard: 1024 }] } }, errors: [{ messageId: 'nofileNone', pointer: '/process/rlimits/0/soft', severity: 'error' }] },
    { name: 'NOFILE soft 3', config: { process: { rlimits: [{ type: 'RLIMIT_NOFILE', soft: 3, hard: 3 }] } }, errors: [{ messageId: 'nofileNone' }] },
    { name: 'NOFILE soft 4', config: { process: { rlimits: [{ type: 'RLIMIT_NOFILE', soft: 4, hard: 4 }] } }, errors: [{ messageId: 'nofileLow', severity: 'warning' }] },
    { name: 'NOFILE soft 31', config: { process: { rlimits: [{ type: 'RLIMIT_NOFILE', soft: 31, hard: 1024 }] } }, errors: [{ messageId: 'nofileLow', severity: 'warning' }] },
    { name: 'NOFILE above the default nr_open', config: { process: { rlimits: [{ type: 'RLIMIT_NOFILE', soft: 4194304, hard: 4194304 }] } }, errors: [{ messageId: 'nofileAboveNrOpen', severity: 'warning' }] },
    {
      name: 'NOFILE above nr_open and soft above hard',
      config: { process: { rlimits: [{ type: 'RLIMIT_NOFILE', soft: 2000000, hard: 1048577 }] } },
      errors: [{ messageId: 'softAboveHard', severity: 'error' }, { messageId: 'nofileAboveNrOpen', severity: 'warning' }],
    },
  ],
});
