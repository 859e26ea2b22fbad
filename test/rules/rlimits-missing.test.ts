import rule from '../../src/rules/rlimits-missing.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawConfig } from '../helpers/security.js';

const r = rawConfig('"process": {"cwd": "/", "args": ["/bin/sh"], "user": {"uid": 0, "gid": 0}, "rlimits": [{"type": "RLIMIT_NOFILE", "soft": 1024, "hard": 18446744073709551615}, {"type": "RLIMIT_NPROC", "soft": 512, "hard": 512}]}');

testRule(rule, {
  valid: [{ name: 'both finite', config: { process: { rlimits: [{ type: 'RLIMIT_NOFILE', soft: 1024, hard: 1024 }, { type: 'RLIMIT_NPROC', soft: 512, hard: 512 }] } } }],
  invalid: [
    { name: 'unlimited NOFILE', raw: r.raw, errors: [{ messageId: 'unlimited', pointer: '/process/rlimits/0/hard', ...r.at('rlimits', '18446744073709551615') }] },
    { name: 'runc spec: NOFILE only', config: { process: { rlimits: [{ type: 'RLIMIT_NOFILE', soft: 1024, hard: 1024 }] } }, errors: [{ messageId: 'missing', pointer: '/process/rlimits' }] },
    { name: 'none', config: {}, errors: [{ messageId: 'missing', pointer: '/process' }, { messageId: 'missing', pointer: '/process' }] },
  ],
});
