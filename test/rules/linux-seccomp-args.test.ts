import rule from '../../src/rules/linux-seccomp-args.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawLinux } from '../helpers/linux.js';

testRule(rule, {
  valid: [
    {
      name: 'docker-style clone filter and two conditions on one argument',
      config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_ERRNO', syscalls: [
        { names: ['clone'], action: 'SCMP_ACT_ALLOW', args: [{ index: 0, value: 2114060288, op: 'SCMP_CMP_MASKED_EQ' }] },
        { names: ['personality'], action: 'SCMP_ACT_ALLOW', args: [{ index: 0, value: 0, op: 'SCMP_CMP_EQ' }, { index: 0, value: 8, op: 'SCMP_CMP_EQ' }] },
        { names: ['mmap'], action: 'SCMP_ACT_ALLOW', args: [{ index: 5, value: 0, op: 'SCMP_CMP_EQ' }] },
      ] } } },
    },
  ],
  invalid: [
    {
      name: 'index 6',
      raw: rawLinux('{"seccomp": {"defaultAction": "SCMP_ACT_ALLOW", "syscalls": [\n  {"names": ["mkdir"], "action": "SCMP_ACT_ERRNO", "args": [{"index": 6, "value": 1, "op": "SCMP_CMP_EQ"}]}\n]}}'),
      errors: [{ messageId: 'index', pointer: '/linux/seccomp/syscalls/0/args/0/index', line: 8, column: 71 }],
    },
  ],
});
