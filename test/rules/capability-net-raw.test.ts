import rule from '../../src/rules/capability-net-raw.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawConfig } from '../helpers/security.js';

const r = rawConfig('"process": {"cwd": "/", "args": ["/bin/sh"], "user": {"uid": 0, "gid": 0}, "capabilities": {"bounding": ["CAP_CHOWN", "CAP_NET_RAW"]}}');

testRule(rule, {
  valid: [{ name: 'without NET_RAW', config: { process: { capabilities: { bounding: ['CAP_CHOWN'] } } } }],
  invalid: [
    { name: 'docker default', raw: r.raw, errors: [{ messageId: 'netRaw', pointer: '/process/capabilities/bounding/1', ...r.at('bounding', '"CAP_NET_RAW"') }] },
    { name: 'effective only', config: { process: { capabilities: { effective: ['CAP_NET_RAW'] } } }, errors: [{ messageId: 'netRaw', pointer: '/process/capabilities/effective/0' }] },
  ],
});
