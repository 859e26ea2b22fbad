import rule from '../../src/rules/seccomp-unconfined.js';
import { testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const r = rawConfig(PROCESS, '"linux": {"namespaces": [{"type": "mount"}], "seccomp": {"defaultAction": "SCMP_ACT_ALLOW"}}');

testRule(rule, {
  valid: [
    { name: 'deny by default', config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_ERRNO', syscalls: [{ names: ['read'], action: 'SCMP_ACT_ALLOW' }] } } } },
    { name: 'allow by default with a deny list', config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_ALLOW', syscalls: [{ names: ['mount'], action: 'SCMP_ACT_ERRNO' }] } } } },
    { name: 'no seccomp is another rule\'s finding', config: {} },
  ],
  invalid: [
    { name: 'allow, no rules', raw: r.raw, errors: [{ messageId: 'unconfined', pointer: '/linux/seccomp/defaultAction', ...r.at('defaultAction', '"SCMP_ACT_ALLOW"') }] },
    { name: 'log with only allow rules', config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_LOG', syscalls: [{ names: ['read'], action: 'SCMP_ACT_ALLOW' }] } } }, errors: [{ messageId: 'unconfined', pointer: '/linux/seccomp/defaultAction' }] },
  ],
});
