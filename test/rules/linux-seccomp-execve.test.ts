import rule from '../../src/rules/linux-seccomp-execve.js';
import { testRule } from '../helpers/rule-tester.js';

type Entry = { names: string[]; action: string; args?: { index: number; value: number; op: string }[]; errnoRet?: number };
const profile = (defaultAction: string, syscalls: Entry[]) => ({ linux: { seccomp: { defaultAction, syscalls } } });
const ALLOW_LIST: Entry = { names: ['read', 'write', 'exit_group'], action: 'SCMP_ACT_ALLOW' };

testRule(rule, {
  valid: [
    { name: 'no seccomp', config: {} },
    { name: 'allow by default', config: profile('SCMP_ACT_ALLOW', [{ names: ['mount'], action: 'SCMP_ACT_ERRNO' }]) },
    { name: 'deny by default, execve allowed', config: profile('SCMP_ACT_ERRNO', [{ names: ['read', 'execve'], action: 'SCMP_ACT_ALLOW' }]) },
    // Both runtimes ran these (runtime oracle).
    { name: 'execve only logged', config: profile('SCMP_ACT_ALLOW', [{ names: ['execve'], action: 'SCMP_ACT_LOG' }]) },
    { name: 'execveat denied: the runtimes call execve', config: profile('SCMP_ACT_ALLOW', [{ names: ['execveat'], action: 'SCMP_ACT_ERRNO' }]) },
    { name: 'a deny with argument conditions', config: profile('SCMP_ACT_ALLOW', [{ names: ['execve'], action: 'SCMP_ACT_ERRNO', args: [{ index: 1, value: 0, op: 'SCMP_CMP_EQ' }] }]) },
    { name: 'deny by default, execve allowed with conditions', config: profile('SCMP_ACT_ERRNO', [ALLOW_LIST, { names: ['execve'], action: 'SCMP_ACT_ALLOW', args: [{ index: 2, value: 0, op: 'SCMP_CMP_NE' }] }]) },
    { name: 'deny by default, execve sent to a listener', config: profile('SCMP_ACT_ERRNO', [ALLOW_LIST, { names: ['execve'], action: 'SCMP_ACT_NOTIFY' }]) },
    // Of the entries naming execve, the first whose action is not the default one decides (runtime oracle).
    { name: 'allowed, then denied: the allow counts', config: profile('SCMP_ACT_ERRNO', [{ ...ALLOW_LIST, names: [...ALLOW_LIST.names, 'execve'] }, { names: ['execve'], action: 'SCMP_ACT_KILL' }]) },
    { name: 'denied with the default action, then allowed: the deny is left out', config: profile('SCMP_ACT_ERRNO', [{ names: ['execve'], action: 'SCMP_ACT_ERRNO' }, { names: ['read', 'execve'], action: 'SCMP_ACT_ALLOW' }]) },
    // A profile that allows nothing is seccomp-no-allowed-syscalls' finding.
    { name: 'deny by default, nothing allowed', config: profile('SCMP_ACT_KILL', [{ names: ['mount'], action: 'SCMP_ACT_ERRNO' }]) },
  ],
  invalid: [
    {
      name: 'execve denied',
      raw: '{\n  "ociVersion": "1.1.0",\n  "linux": {"seccomp": {"defaultAction": "SCMP_ACT_ALLOW",\n    "syscalls": [{"names": ["execve"], "action": "SCMP_ACT_ERRNO"}]}}\n}\n',
      errors: [{ messageId: 'denied', severity: 'error', pointer: '/linux/seccomp/syscalls/0/action', line: 4, column: 50 }],
    },
    { name: 'execve killed', config: profile('SCMP_ACT_ALLOW', [{ names: ['execve'], action: 'SCMP_ACT_KILL' }]), errors: [{ messageId: 'denied' }] },
    { name: 'execve traced with no tracer', config: profile('SCMP_ACT_ALLOW', [{ names: ['execve'], action: 'SCMP_ACT_TRACE' }]), errors: [{ messageId: 'denied' }] },
    { name: 'errno 0', config: profile('SCMP_ACT_ALLOW', [{ names: ['execve'], action: 'SCMP_ACT_ERRNO', errnoRet: 0 }]), errors: [{ messageId: 'denied' }] },
    {
      name: 'allowed with the default action, then denied: the allow is left out',
      config: profile('SCMP_ACT_ALLOW', [{ names: ['execve'], action: 'SCMP_ACT_ALLOW' }, { names: ['execve'], action: 'SCMP_ACT_ERRNO' }]),
      errors: [{ messageId: 'denied', pointer: '/linux/seccomp/syscalls/1/action' }],
    },
    { name: 'denied, then allowed: the deny counts', config: profile('SCMP_ACT_ERRNO', [{ names: ['execve'], action: 'SCMP_ACT_KILL' }, { ...ALLOW_LIST, names: [...ALLOW_LIST.names, 'execve'] }]), errors: [{ messageId: 'denied', pointer: '/linux/seccomp/syscalls/0/action' }] },
    { name: 'traced, then denied: the trace counts', config: profile('SCMP_ACT_ALLOW', [{ names: ['execve'], action: 'SCMP_ACT_TRACE' }, { names: ['execve'], action: 'SCMP_ACT_ERRNO' }]), errors: [{ messageId: 'denied', pointer: '/linux/seccomp/syscalls/0/action' }] },
    // The default action with another errno is an action of its own (EPERM first under a default of ENOSYS applied: runtime oracle).
    { name: 'an errno other than the default\'s, then allowed: the errno counts', config: profile('SCMP_ACT_ERRNO', [{ names: ['execve'], action: 'SCMP_ACT_ERRNO', errnoRet: 38 }, { names: ['read', 'execve'], action: 'SCMP_ACT_ALLOW' }]), errors: [{ messageId: 'denied', pointer: '/linux/seccomp/syscalls/0/action' }] },
    { name: 'deny by default, execve only with the default action', config: profile('SCMP_ACT_ERRNO', [ALLOW_LIST, { names: ['execve'], action: 'SCMP_ACT_ERRNO' }]), errors: [{ messageId: 'notAllowed' }] },
    { name: 'deny by default, execve not in the allow list', config: profile('SCMP_ACT_ERRNO', [ALLOW_LIST]), errors: [{ messageId: 'notAllowed', severity: 'error', pointer: '/linux/seccomp/defaultAction' }] },
    { name: 'deny by default, execve only in a deny entry', config: profile('SCMP_ACT_KILL_PROCESS', [ALLOW_LIST, { names: ['execve'], action: 'SCMP_ACT_ERRNO' }]), errors: [{ messageId: 'denied' }] },
  ],
});
