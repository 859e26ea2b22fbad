import rule from '../../src/rules/low-uid.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawConfig, USERNS } from '../helpers/security.js';

const r = rawConfig('"process": {"cwd": "/", "args": ["/bin/sh"], "user": {"uid": 1000, "gid": 20000}}', '"linux": {"namespaces": [{"type": "mount"}]}');

testRule(rule, {
  valid: [
    { name: 'high ids', config: { process: { user: { uid: 10001, gid: 10001 } } } },
    { name: 'root is another rule\'s finding', config: {} },
    { name: 'low ids in a user namespace', config: { ...USERNS, process: { user: { uid: 1000, gid: 1000 } } } },
  ],
  invalid: [
    { name: 'uid 1000', raw: r.raw, errors: [{ messageId: 'low', pointer: '/process/user/uid', ...r.at('"uid"', '1000') }] },
    { name: 'both low', config: { process: { user: { uid: 33, gid: 33 } } }, errors: [{ messageId: 'low', pointer: '/process/user/uid' }, { messageId: 'low', pointer: '/process/user/gid' }] },
  ],
});
