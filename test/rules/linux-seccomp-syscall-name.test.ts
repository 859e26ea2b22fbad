import rule from '../../src/rules/linux-seccomp-syscall-name.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawLinux } from '../helpers/linux.js';

testRule(rule, {
  valid: [
    { name: 'names from several architectures', config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_ERRNO', syscalls: [{ names: ['read', 'write', '_llseek', 'arm_fadvise64_64', 'clone3', 'socketcall', 'riscv_flush_icache', 'fchmodat2'], action: 'SCMP_ACT_ALLOW' }] } } } },
  ],
  invalid: [
    {
      name: 'a typo',
      raw: rawLinux('{"seccomp": {"defaultAction": "SCMP_ACT_ERRNO", "syscalls": [\n  {"names": ["read", "wrtie"], "action": "SCMP_ACT_ALLOW"}\n]}}'),
      errors: [{ messageId: 'unknown', pointer: '/linux/seccomp/syscalls/0/names/1', line: 8, column: 22, severity: 'warning' }],
    },
    { name: 'upper case', config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_ERRNO', syscalls: [{ names: ['SYS_OPENAT'], action: 'SCMP_ACT_ALLOW' }] } } }, errors: [{ messageId: 'unknown' }] },
    { name: 'listed twice', config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_ERRNO', syscalls: [{ names: ['read', 'read'], action: 'SCMP_ACT_ALLOW' }] } } }, errors: [{ messageId: 'duplicate', severity: 'info' }] },
  ],
});
