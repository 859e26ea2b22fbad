import rule from '../../src/rules/capability-dangerous.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawConfig } from '../helpers/security.js';

const r = rawConfig('"process": {"cwd": "/", "args": ["/bin/sh"], "user": {"uid": 0, "gid": 0},', '  "capabilities": {"bounding": ["CAP_KILL", "CAP_SYS_ADMIN"], "effective": ["CAP_SYS_ADMIN"]}}');
const raw = r.raw.replace('"gid": 0},,', '"gid": 0},');

/** What `docker run --privileged` grants: every capability, in three sets. */
const ALL = ['CAP_CHOWN', 'CAP_DAC_OVERRIDE', 'CAP_DAC_READ_SEARCH', 'CAP_KILL', 'CAP_NET_ADMIN', 'CAP_NET_RAW', 'CAP_SYS_MODULE', 'CAP_SYS_RAWIO', 'CAP_SYS_PTRACE', 'CAP_SYS_ADMIN', 'CAP_SYS_BOOT', 'CAP_SYS_TIME', 'CAP_MAC_OVERRIDE', 'CAP_MAC_ADMIN', 'CAP_SYSLOG', 'CAP_PERFMON', 'CAP_BPF'];
const b = (i: number): string => `/process/capabilities/bounding/${i}`;

testRule(rule, {
  valid: [
    { name: 'runc defaults', config: { process: { capabilities: { bounding: ['CAP_AUDIT_WRITE', 'CAP_KILL', 'CAP_NET_BIND_SERVICE'] } } } },
    { name: 'only inheritable (never effective alone)', config: { process: { capabilities: { inheritable: ['CAP_SYS_ADMIN'] } } } },
  ],
  invalid: [
    { name: 'SYS_ADMIN in two sets: one finding', raw, errors: [{ messageId: 'dangerous', pointer: '/process/capabilities/bounding/1', related: [], ...r.at('bounding', '"CAP_SYS_ADMIN"') }] },
    {
      name: 'several, in several sets: one finding at the most dangerous, the others related in document order',
      config: { process: { capabilities: { bounding: ['CAP_SYS_PTRACE', 'CAP_SYS_MODULE'], effective: ['CAP_SYS_MODULE'], ambient: ['CAP_NET_ADMIN'] } } },
      errors: [{ messageId: 'several', pointer: '/process/capabilities/bounding/1', related: ['/process/capabilities/bounding/0', '/process/capabilities/ambient/0'] }],
    },
    {
      name: 'a privileged container: one finding for its 13 dangerous capabilities, not 13',
      config: { process: { capabilities: { bounding: ALL, effective: ALL, permitted: ALL } } },
      errors: [{ messageId: 'several', pointer: b(9), related: [2, 4, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16].map(b) }],
    },
    {
      name: 'names are compared case-insensitively; the first entry of a name is the one reported',
      config: { process: { capabilities: { effective: ['cap_bpf'], bounding: ['CAP_BPF'] } } },
      errors: [{ messageId: 'dangerous', pointer: '/process/capabilities/bounding/0' }],
    },
  ],
});
