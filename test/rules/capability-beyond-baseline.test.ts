import rule from '../../src/rules/capability-beyond-baseline.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawConfig } from '../helpers/security.js';

const r = rawConfig('"process": {"cwd": "/", "args": ["/bin/sh"], "user": {"uid": 0, "gid": 0}, "capabilities": {"bounding": ["CAP_CHOWN", "CAP_IPC_LOCK"]}}');

testRule(rule, {
  valid: [
    { name: 'podman defaults', config: { process: { capabilities: { bounding: ['CAP_CHOWN', 'CAP_DAC_OVERRIDE', 'CAP_FOWNER', 'CAP_FSETID', 'CAP_KILL', 'CAP_NET_BIND_SERVICE', 'CAP_SETFCAP', 'CAP_SETGID', 'CAP_SETPCAP', 'CAP_SETUID', 'CAP_SYS_CHROOT'] } } } },
    { name: 'dangerous and NET_RAW are other rules\' findings', config: { process: { capabilities: { bounding: ['CAP_SYS_ADMIN', 'CAP_NET_RAW'] } } } },
  ],
  invalid: [
    { name: 'IPC_LOCK', raw: r.raw, errors: [{ messageId: 'beyond', pointer: '/process/capabilities/bounding/1', ...r.at('bounding', '"CAP_IPC_LOCK"') }] },
    { name: 'lower case, two sets', config: { process: { capabilities: { effective: ['cap_sys_nice'], permitted: ['cap_sys_nice'] } } }, errors: [{ messageId: 'beyond', pointer: '/process/capabilities/effective/0' }] },
  ],
});
