import rule from '../../src/rules/sshd-in-container.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawConfig } from '../helpers/security.js';

const r = rawConfig('"process": {"cwd": "/", "args": ["/usr/sbin/sshd", "-D"], "user": {"uid": 0, "gid": 0}}');

testRule(rule, {
  valid: [{ name: 'ssh client', config: { process: { args: ['/usr/bin/ssh'] } } }],
  invalid: [
    { name: 'sshd -D', raw: r.raw, errors: [{ messageId: 'sshd', pointer: '/process/args/0', ...r.at('sshd', '"/usr/sbin/sshd"') }] },
    { name: 'bare name', config: { process: { args: ['sshd'] } }, errors: [{ messageId: 'sshd', pointer: '/process/args/0' }] },
  ],
});
