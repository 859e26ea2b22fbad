import rule from '../../src/rules/seccomp-dangerous-syscalls.js';
import { DANGEROUS_SYSCALLS } from '../../src/rules/data/dangerous-syscalls.js';
import { testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const r = rawConfig(PROCESS, '"linux": {"namespaces": [{"type": "mount"}], "seccomp": {"defaultAction": "SCMP_ACT_ERRNO", "syscalls": [', '  {"names": ["read", "write"], "action": "SCMP_ACT_ALLOW"},', '  {"names": ["mount", "keyctl"], "action": "SCMP_ACT_ALLOW"}]}}');
const raw = r.raw.replace('"syscalls": [,', '"syscalls": [').replace('"SCMP_ACT_ALLOW"},,', '"SCMP_ACT_ALLOW"},');

testRule(rule, {
  valid: [
    { name: 'plain allow list', config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_ERRNO', syscalls: [{ names: ['read', 'write', 'exit_group'], action: 'SCMP_ACT_ALLOW' }] } } } },
    { name: 'mount allowed with CAP_SYS_ADMIN', config: { process: { capabilities: { bounding: ['CAP_SYS_ADMIN'] } }, linux: { seccomp: { defaultAction: 'SCMP_ACT_ERRNO', syscalls: [{ names: ['mount'], action: 'SCMP_ACT_ALLOW' }] } } } },
    { name: 'conditional allow', config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_ERRNO', syscalls: [{ names: ['unshare'], action: 'SCMP_ACT_ALLOW', args: [{ index: 0, value: 0, op: 'SCMP_CMP_EQ' }] }] } } } },
    // The first entry naming a call whose action is not the default one decides (model/seccomp.ts).
    { name: 'denied first, then allowed: the deny counts', config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_ERRNO', syscalls: [{ names: ['setns'], action: 'SCMP_ACT_KILL' }, { names: ['setns'], action: 'SCMP_ACT_ALLOW' }] } } } },
    { name: 'allow by default, everything denied', config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_ALLOW', syscalls: [{ names: ['mount', 'umount', 'umount2', 'unshare', 'setns', 'bpf', 'perf_event_open', 'open_by_handle_at', 'init_module', 'finit_module', 'delete_module', 'kexec_load', 'kexec_file_load', 'process_vm_readv', 'process_vm_writev', 'keyctl', 'add_key', 'request_key'], action: 'SCMP_ACT_ERRNO' }] } } } },
  ],
  invalid: [
    // A deny after the allow is void: setns(-1, 0) got EBADF, not EPERM, under Podman's generated profile (runtime oracle).
    {
      name: 'allowed, then denied: the later deny is void',
      config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_ERRNO', syscalls: [{ names: ['setns'], action: 'SCMP_ACT_ALLOW' }, { names: ['setns'], action: 'SCMP_ACT_ERRNO', errnoRet: 1 }] } } },
      errors: [{ messageId: 'allowed', pointer: '/linux/seccomp/syscalls/0' }],
    },
    { name: 'allowed, then denied with the default action, which is left out', config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_ERRNO', syscalls: [{ names: ['setns'], action: 'SCMP_ACT_ALLOW' }, { names: ['setns'], action: 'SCMP_ACT_ERRNO' }] } } }, errors: [{ messageId: 'allowed' }] },
    { name: 'mount and keyctl allowed', raw, errors: [{ messageId: 'allowed', pointer: '/linux/seccomp/syscalls/1', ...r.at('"keyctl"', '{') }] },
    // An SCMP_ACT_LOG entry before the deny decides: setns(-1, 0) got EBADF under both runtimes (runtime oracle).
    {
      name: 'allow by default, setns logged before it is denied',
      config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_ALLOW', syscalls: [{ names: ['setns'], action: 'SCMP_ACT_LOG' }, { names: Object.keys(DANGEROUS_SYSCALLS), action: 'SCMP_ACT_ERRNO' }] } } },
      errors: [{ messageId: 'notDenied', pointer: '/linux/seccomp/defaultAction' }],
    },
    { name: 'allow by default with a short deny list', config: { linux: { seccomp: { defaultAction: 'SCMP_ACT_ALLOW', syscalls: [{ names: ['reboot'], action: 'SCMP_ACT_ERRNO' }] } } }, errors: [{ messageId: 'notDenied', pointer: '/linux/seccomp/defaultAction' }] },
  ],
});
