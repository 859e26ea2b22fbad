import rule from '../../src/rules/linux-seccomp-errnoret.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawLinux } from '../helpers/linux.js';

testRule(rule, {
  valid: [
    { name: 'errno with ERRNO', config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_ERRNO', defaultErrnoRet: 1, syscalls: [{ names: ['mkdir'], action: 'SCMP_ACT_ERRNO', errnoRet: 13 }] } } } },
    { name: 'errno with TRACE', config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_TRACE', defaultErrnoRet: 38 } } } },
  ],
  invalid: [
    {
      name: 'errnoRet with ALLOW',
      raw: rawLinux('{"seccomp": {"defaultAction": "SCMP_ACT_ERRNO", "syscalls": [\n  {"names": ["mkdir"], "action": "SCMP_ACT_ALLOW", "errnoRet": 1}\n]}}'),
      errors: [{ messageId: 'syscall', pointer: '/linux/seccomp/syscalls/0/errnoRet', line: 8, column: 52 }],
    },
    { name: 'defaultErrnoRet with ALLOW', config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_ALLOW', defaultErrnoRet: 1 } } }, errors: [{ messageId: 'default', pointer: '/linux/seccomp/defaultErrnoRet' }] },
  ],
});
