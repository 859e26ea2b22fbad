import rule from '../../src/rules/no-new-privileges.js';
import { changedText, testRule } from '../helpers/rule-tester.js';
import { rawConfig } from '../helpers/security.js';

const r = rawConfig('"process": {"cwd": "/", "args": ["/bin/sh"], "user": {"uid": 0, "gid": 0}, "noNewPrivileges": false}');

testRule(rule, {
  valid: [
    { name: 'set', config: { process: { noNewPrivileges: true } } },
    { name: 'no process', raw: '{"ociVersion": "1.3.0", "root": {"path": "rootfs"}}' },
  ],
  invalid: [
    { name: 'false', raw: r.raw, errors: [{ messageId: 'false', pointer: '/process/noNewPrivileges', ...r.at('noNewPrivileges', 'false'), suggestions: [r.raw.replace('false', 'true')] }] },
    { name: 'absent', config: {}, errors: [{ messageId: 'missing', pointer: '/process', suggestions: [changedText({}, (c) => (c.process.noNewPrivileges = true))] }] },
  ],
});
