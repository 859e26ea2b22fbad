import rule from '../../src/rules/root-group.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawConfig, USERNS } from '../helpers/security.js';

const r = rawConfig('"process": {"cwd": "/", "args": ["/bin/sh"], "user": {"uid": 1000, "gid": 0}}', '"linux": {"namespaces": [{"type": "mount"}]}');

testRule(rule, {
  valid: [
    { name: 'non-root group', config: { process: { user: { uid: 1000, gid: 1000, additionalGids: [10] } } } },
    { name: 'root group in a user namespace', config: USERNS },
  ],
  invalid: [
    { name: 'gid 0', raw: r.raw, errors: [{ messageId: 'gid', pointer: '/process/user/gid', ...r.at('"gid"', '0}') }] },
    { name: 'additional gid 0', config: { process: { user: { uid: 1000, gid: 1000, additionalGids: [10, 0] } } }, errors: [{ messageId: 'additional', pointer: '/process/user/additionalGids/1' }] },
  ],
});
