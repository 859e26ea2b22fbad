import rule from '../../src/rules/seccomp-notify.js';
import { testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const r = rawConfig(PROCESS, '"linux": {"seccomp": {"defaultAction": "SCMP_ACT_ERRNO", "listenerPath": "/run/agent.sock", "syscalls": [{"names": ["mount"], "action": "SCMP_ACT_NOTIFY"}]}}');

testRule(rule, {
  valid: [
    { name: 'no notify', config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_ERRNO', syscalls: [{ names: ['read'], action: 'SCMP_ACT_ALLOW' }] } } } },
    // libseccomp refuses NOTIFY as the default action: linux-seccomp-notify's error, not a delegation to review.
    { name: 'default notify is not a delegation', config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_NOTIFY', listenerPath: '/run/a.sock' } } } },
  ],
  invalid: [
    { name: 'rule notify', raw: r.raw, errors: [{ messageId: 'ruleNotify', pointer: '/linux/seccomp/syscalls/0/action', ...r.at('SCMP_ACT_NOTIFY', '"SCMP_ACT_NOTIFY"') }] },
  ],
});
