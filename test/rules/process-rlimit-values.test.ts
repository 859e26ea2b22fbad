import rule from '../../src/rules/process-rlimit-values.js';
import { testRule } from '../helpers/rule-tester.js';

const raw = (soft: string, hard: string, type = 'RLIMIT_CORE') =>
  `{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "process": {"cwd": "/", "args": ["/bin/sh"],\n    "rlimits": [{"type": "${type}", "soft": ${soft}, "hard": ${hard}}]}\n}\n`;

testRule(rule, {
  valid: [
    { name: 'equal', config: { process: { rlimits: [{ type: 'RLIMIT_NOFILE', soft: 1024, hard: 1024 }] } } },
    { name: 'soft below hard', config: { process: { rlimits: [{ type: 'RLIMIT_NOFILE', soft: 1024, hard: 4096 }] } } },
    { name: 'both unlimited (exact 2^64-1)', raw: raw('18446744073709551615', '18446744073709551615') },
    { name: 'soft 2^64-2 under unlimited', raw: raw('18446744073709551614', '18446744073709551615') },
    { name: 'NOFILE soft 32', config: { process: { rlimits: [{ type: 'RLIMIT_NOFILE', soft: 32, hard: 32 }] } } },
    { name: 'a low limit of another kind', config: { process: { rlimits: [{ type: 'RLIMIT_NPROC', soft: 0, hard: 0 }] } } },
    { name: 'NOFILE exactly at nr_open', config: { process: { rlimits: [{ type: 'RLIMIT_NOFILE', soft: 1048576, hard: 1048576 }] } } },
  ],
  invalid: [
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
