import rule from '../../src/rules/capability-not-dropped.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawConfig } from '../helpers/security.js';

const r = rawConfig('"process": {"cwd": "/", "args": ["/bin/sh"], "user": {"uid": 0, "gid": 0}, "capabilities": {"bounding": ["CAP_NET_BIND_SERVICE", "CAP_KILL"]}}');

testRule(rule, {
  valid: [
    { name: 'only NET_BIND_SERVICE', config: { process: { capabilities: { bounding: ['CAP_NET_BIND_SERVICE'], effective: ['CAP_NET_BIND_SERVICE'] } } } },
    { name: 'all sets empty', config: { process: { capabilities: { bounding: [], effective: [], permitted: [] } } } },
  ],
  invalid: [
    { name: 'KILL kept', raw: r.raw, errors: [{ messageId: 'kept', pointer: '/process/capabilities/bounding', ...r.at('bounding', '["CAP_NET_BIND') }] },
    { name: 'only in permitted', config: { process: { capabilities: { permitted: ['CAP_CHOWN'] } } }, errors: [{ messageId: 'kept', pointer: '/process/capabilities/permitted' }] },
  ],
});
