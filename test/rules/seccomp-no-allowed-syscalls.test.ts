import rule from '../../src/rules/seccomp-no-allowed-syscalls.js';
import { testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const r = rawConfig(PROCESS, '"linux": {"namespaces": [{"type": "mount"}], "seccomp": {"defaultAction": "SCMP_ACT_KILL"}}');

testRule(rule, {
  valid: [
    { name: 'allow list', config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_KILL', syscalls: [{ names: ['read'], action: 'SCMP_ACT_ALLOW' }] } } } },
    { name: 'allow by default', config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_ALLOW' } } } },
  ],
  invalid: [
    { name: 'kill, no rules', raw: r.raw, errors: [{ messageId: 'none', pointer: '/linux/seccomp/defaultAction', ...r.at('defaultAction', '"SCMP_ACT_KILL"') }] },
    { name: 'errno with only deny rules', config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_ERRNO', syscalls: [{ names: ['mount'], action: 'SCMP_ACT_KILL' }] } } }, errors: [{ messageId: 'none', pointer: '/linux/seccomp/defaultAction' }] },
  ],
});
