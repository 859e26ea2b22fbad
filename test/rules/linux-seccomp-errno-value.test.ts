import rule from '../../src/rules/linux-seccomp-errno-value.js';
import { testRule } from '../helpers/rule-tester.js';

const errno = (errnoRet: number, action = 'SCMP_ACT_ERRNO') => ({ linux: { seccomp: { defaultAction: 'SCMP_ACT_ALLOW', syscalls: [{ names: ['getcwd'], action, errnoRet }] } } });
const byDefault = (defaultErrnoRet: number, defaultAction = 'SCMP_ACT_ERRNO') => ({ linux: { seccomp: { defaultAction, defaultErrnoRet } } });

testRule(rule, {
  valid: [
    { name: 'EPERM', config: errno(1) },
    { name: 'the highest errno libseccomp takes', config: errno(4094) },
    { name: 'zero below 16 bits (a call that returns 0 on purpose)', config: errno(0) },
    { name: 'a default errno', config: byDefault(38) },
    // Another action's errnoRet is linux-seccomp-errnoret's finding.
    { name: 'not an errno action', config: errno(70000, 'SCMP_ACT_LOG') },
    { name: 'a default errno for another action', config: byDefault(70000, 'SCMP_ACT_ALLOW') },
  ],
  invalid: [
    // runc 1.1.5 and crun 1.8.1 refuse 4095, 4096 and 40000 at create (runtime oracle).
    {
      name: 'one above the highest',
      raw: '{\n  "ociVersion": "1.1.0",\n  "linux": {"seccomp": {"defaultAction": "SCMP_ACT_ALLOW",\n    "syscalls": [{"names": ["getcwd"], "action": "SCMP_ACT_ERRNO", "errnoRet": 4095}]}}\n}\n',
      errors: [{ messageId: 'range', severity: 'error', pointer: '/linux/seccomp/syscalls/0/errnoRet', line: 4, column: 80 }],
    },
    { name: 'above the highest', config: errno(40000), errors: [{ messageId: 'range', severity: 'error' }] },
    { name: 'above the highest in the low 16 bits', config: errno(65536 + 4095), errors: [{ messageId: 'range' }] },
    { name: 'a default errno above the highest', config: byDefault(4096), errors: [{ messageId: 'range', pointer: '/linux/seccomp/defaultErrnoRet' }] },
    // Both run these: only the low 16 bits reach the kernel.
    { name: 'returned as 0', config: errno(65536), errors: [{ messageId: 'wraps', severity: 'warning' }] },
    { name: 'returned as EPERM', config: errno(65537), errors: [{ messageId: 'wraps', severity: 'warning' }] },
  ],
});
