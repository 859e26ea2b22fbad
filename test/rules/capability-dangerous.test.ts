import rule from '../../src/rules/capability-dangerous.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawConfig } from '../helpers/security.js';

const r = rawConfig('"process": {"cwd": "/", "args": ["/bin/sh"], "user": {"uid": 0, "gid": 0},', '  "capabilities": {"bounding": ["CAP_KILL", "CAP_SYS_ADMIN"], "effective": ["CAP_SYS_ADMIN"]}}');
const raw = r.raw.replace('"gid": 0},,', '"gid": 0},');

testRule(rule, {
  valid: [
    { name: 'runc defaults', config: { process: { capabilities: { bounding: ['CAP_AUDIT_WRITE', 'CAP_KILL', 'CAP_NET_BIND_SERVICE'] } } } },
    { name: 'only inheritable (never effective alone)', config: { process: { capabilities: { inheritable: ['CAP_SYS_ADMIN'] } } } },
  ],
  invalid: [
    { name: 'SYS_ADMIN in two sets: one finding', raw, errors: [{ messageId: 'dangerous', pointer: '/process/capabilities/bounding/1', ...r.at('bounding', '"CAP_SYS_ADMIN"') }] },
    {
      name: 'several',
      config: { process: { capabilities: { bounding: ['CAP_SYS_MODULE', 'CAP_SYS_PTRACE'], ambient: ['CAP_NET_ADMIN'] } } },
      errors: [
        { messageId: 'dangerous', pointer: '/process/capabilities/bounding/0' },
        { messageId: 'dangerous', pointer: '/process/capabilities/bounding/1' },
        { messageId: 'dangerous', pointer: '/process/capabilities/ambient/0' },
      ],
    },
  ],
});
