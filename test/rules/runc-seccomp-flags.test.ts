import rule from '../../src/rules/runc-seccomp-flags.js';
import { testRule } from '../helpers/rule-tester.js';

const seccomp = (flags?: string[]) => ({ linux: { seccomp: { defaultAction: 'SCMP_ACT_ALLOW', ...(flags && { flags }) } } });

testRule(rule, {
  valid: [
    { name: 'no flags', targets: ['runc@1.1'], config: seccomp() },
    { name: 'empty flags', targets: ['runc@1.1'], config: seccomp([]) },
    { name: 'runc 1.2 applies LOG', targets: ['runc@1.2'], config: seccomp(['SECCOMP_FILTER_FLAG_LOG', 'SECCOMP_FILTER_FLAG_SPEC_ALLOW']) },
    { name: 'runc 1.5 applies WAIT_KILLABLE_RECV (the newest, a bare --target runc)', targets: ['runc'], config: seccomp(['SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV']) },
    { name: 'crun applies flags', targets: ['crun'], config: seccomp(['SECCOMP_FILTER_FLAG_LOG']) },
  ],
  invalid: [
    {
      name: 'a flag, runc 1.1',
      targets: ['runc@1.1'],
      raw: '{\n  "ociVersion": "1.0.2",\n  "root": {"path": "rootfs"},\n  "linux": {"seccomp": {"defaultAction": "SCMP_ACT_ALLOW", "flags": ["SECCOMP_FILTER_FLAG_LOG"]}}\n}\n',
      errors: [{ messageId: 'flags', pointer: '/linux/seccomp/flags', line: 4, column: 69 }],
    },
    { name: 'WAIT_KILLABLE_RECV, runc 1.3', targets: ['runc@1.3'], config: seccomp(['SECCOMP_FILTER_FLAG_LOG', 'SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV']), errors: [{ messageId: 'killable', pointer: '/linux/seccomp/flags/1', severity: 'error' }] },
    { name: 'runc 1.1 to 1.3: every flag', targets: ['runc@1.1..1.3'], config: seccomp(['SECCOMP_FILTER_FLAG_LOG']), errors: [{ messageId: 'flags' }] },
  ],
});
