import rule from '../../src/rules/runc-seccomp-flags.js';
import { testRule } from '../helpers/rule-tester.js';

const seccomp = (flags?: string[]) => ({ linux: { seccomp: { defaultAction: 'SCMP_ACT_ALLOW', ...(flags && { flags }) } } });

testRule(rule, {
  valid: [
    { name: 'no flags', targets: ['runc'], config: seccomp() },
    { name: 'empty flags', targets: ['runc'], config: seccomp([]) },
    { name: 'crun applies flags', targets: ['crun'], config: seccomp(['SECCOMP_FILTER_FLAG_LOG']) },
  ],
  invalid: [
    {
      name: 'a flag',
      targets: ['runc'],
      raw: '{\n  "ociVersion": "1.0.2",\n  "root": {"path": "rootfs"},\n  "linux": {"seccomp": {"defaultAction": "SCMP_ACT_ALLOW", "flags": ["SECCOMP_FILTER_FLAG_LOG"]}}\n}\n',
      errors: [{ messageId: 'flags', pointer: '/linux/seccomp/flags', line: 4, column: 69 }],
    },
  ],
});
