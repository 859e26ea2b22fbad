import rule from '../../src/rules/process-rlimit-duplicate.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'distinct types', config: { process: { rlimits: [{ type: 'RLIMIT_NOFILE', soft: 1, hard: 1 }, { type: 'RLIMIT_NPROC', soft: 1, hard: 1 }] } } },
    { name: 'no rlimits', config: {} },
  ],
  invalid: [
    {
      name: 'same type twice',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "process": {"cwd": "/", "args": ["/bin/sh"], "rlimits": [\n    {"type": "RLIMIT_NOFILE", "soft": 1024, "hard": 1024},\n    {"type": "RLIMIT_NOFILE", "soft": 512, "hard": 512}]}\n}\n',
      errors: [{ messageId: 'duplicate', pointer: '/process/rlimits/1/type', line: 6, column: 14, severity: 'error' }],
    },
    {
      name: 'three times',
      config: { process: { rlimits: [1, 2, 3].map((n) => ({ type: 'RLIMIT_CORE', soft: n, hard: n })) } },
      errors: [{ messageId: 'duplicate', pointer: '/process/rlimits/1/type' }, { messageId: 'duplicate', pointer: '/process/rlimits/2/type' }],
    },
  ],
});
