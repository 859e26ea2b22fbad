import rule from '../../src/rules/apparmor-unconfined.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawConfig } from '../helpers/security.js';

const r = rawConfig('"process": {"cwd": "/", "args": ["/bin/sh"], "user": {"uid": 0, "gid": 0}, "apparmorProfile": "unconfined"}');

testRule(rule, {
  valid: [
    { name: 'a profile', config: { process: { apparmorProfile: 'docker-default' } } },
    { name: 'none set', config: {} },
  ],
  invalid: [{ name: 'unconfined', raw: r.raw, errors: [{ messageId: 'unconfined', pointer: '/process/apparmorProfile', ...r.at('apparmorProfile', '"unconfined"') }] }],
});
