import rule from '../../src/rules/linux-seccomp-conflict.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawLinux } from '../helpers/linux.js';

testRule(rule, {
  valid: [
    { name: 'same action twice', config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_ALLOW', syscalls: [{ names: ['mkdir'], action: 'SCMP_ACT_ERRNO' }, { names: ['mkdir', 'rmdir'], action: 'SCMP_ACT_ERRNO' }] } } } },
    {
      name: 'conditional rules (as in Docker\'s profile)',
      config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_ERRNO', syscalls: [
        { names: ['personality'], action: 'SCMP_ACT_ALLOW', args: [{ index: 0, value: 0, op: 'SCMP_CMP_EQ' }] },
        { names: ['personality'], action: 'SCMP_ACT_ERRNO' },
      ] } } },
    },
  ],
  invalid: [
    {
      name: 'errno and kill',
      raw: rawLinux('{"seccomp": {"defaultAction": "SCMP_ACT_ALLOW", "syscalls": [\n  {"names": ["mkdir"], "action": "SCMP_ACT_ERRNO"},\n  {"names": ["rmdir", "mkdir"], "action": "SCMP_ACT_KILL"}\n]}}'),
      errors: [{ messageId: 'conflict', pointer: '/linux/seccomp/syscalls/1/names/1', line: 9, column: 23, severity: 'info' }],
    },
  ],
});
