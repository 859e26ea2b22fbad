import rule from '../../src/rules/linux-seccomp-flags.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawLinux } from '../helpers/linux.js';

testRule(rule, {
  valid: [
    { name: 'no flags', config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_ALLOW' } } } },
    { name: 'with --target, runc-seccomp-flags speaks for runc', targets: ['runc@1.1', 'crun'], config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_ALLOW', flags: ['SECCOMP_FILTER_FLAG_LOG'] } } } },
    { name: 'empty flags', config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_ALLOW', flags: [] } } } },
  ],
  invalid: [
    {
      name: 'a flag',
      raw: rawLinux('{"seccomp": {\n  "defaultAction": "SCMP_ACT_ALLOW",\n  "flags": ["SECCOMP_FILTER_FLAG_LOG"]\n}}'),
      errors: [{ messageId: 'oldRunc', pointer: '/linux/seccomp/flags', line: 9, column: 12, severity: 'warning' }],
    },
    {
      name: 'a flag twice',
      config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_ALLOW', flags: ['SECCOMP_FILTER_FLAG_LOG', 'SECCOMP_FILTER_FLAG_LOG'] } } },
      errors: [{ messageId: 'oldRunc' }, { messageId: 'repeated', pointer: '/linux/seccomp/flags/1', severity: 'info' }],
    },
  ],
});
