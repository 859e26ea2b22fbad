import rule from '../../src/rules/selinux-type-not-allowed.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawConfig } from '../helpers/security.js';

const r = rawConfig('"process": {"cwd": "/", "args": ["/bin/sh"], "user": {"uid": 0, "gid": 0}, "selinuxLabel": "system_u:system_r:spc_t:s0"}');

testRule(rule, {
  valid: [
    { name: 'container_t', config: { process: { selinuxLabel: 'system_u:system_r:container_t:s0:c1,c2' } } },
    { name: 'no label', config: {} },
  ],
  invalid: [
    { name: 'spc_t', raw: r.raw, errors: [{ messageId: 'unconfined', pointer: '/process/selinuxLabel', ...r.at('selinuxLabel', '"system_u') }] },
    { name: 'other type', config: { process: { selinuxLabel: 'system_u:system_r:httpd_t:s0' } }, errors: [{ messageId: 'notAllowed', pointer: '/process/selinuxLabel' }] },
  ],
});
