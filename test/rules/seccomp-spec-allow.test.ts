import rule from '../../src/rules/seccomp-spec-allow.js';
import { testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const r = rawConfig(PROCESS, '"linux": {"seccomp": {"defaultAction": "SCMP_ACT_ALLOW", "flags": ["SECCOMP_FILTER_FLAG_LOG", "SECCOMP_FILTER_FLAG_SPEC_ALLOW"]}}');

testRule(rule, {
  valid: [{ name: 'log flag only', config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_ALLOW', flags: ['SECCOMP_FILTER_FLAG_LOG'] } } } }],
  invalid: [{ name: 'spec allow', raw: r.raw, errors: [{ messageId: 'specAllow', pointer: '/linux/seccomp/flags/1', ...r.at('flags', '"SECCOMP_FILTER_FLAG_SPEC_ALLOW"') }] }],
});
