import rule from '../../src/rules/root-without-userns.js';
import { testRule } from '../helpers/rule-tester.js';
import { NAMESPACES_ALL, rawConfig, USERNS } from '../helpers/security.js';

const r = rawConfig('"process": {"cwd": "/", "args": ["/bin/sh"], "user": {"uid": 0, "gid": 0}}', `"linux": {"namespaces": [${NAMESPACES_ALL}]}`);

testRule(rule, {
  valid: [
    { name: 'non-root', config: { process: { user: { uid: 1000, gid: 1000 } } } },
    { name: 'root in a user namespace', config: USERNS },
    { name: 'no process.user, in a user namespace', config: { ...USERNS, process: { user: undefined } } },
    { name: 'no process', config: { process: undefined } },
    { name: 'a uid the schema rejects', config: { process: { user: { uid: '0' } } } },
  ],
  invalid: [
    { name: 'root on the host', raw: r.raw, errors: [{ messageId: 'root', pointer: '/process/user/uid', ...r.at('"uid"', '0') }] },
    // runc and crun run a process without a uid as root.
    { name: 'no process.user', config: { process: { user: undefined } }, errors: [{ messageId: 'rootByDefault', pointer: '/process' }] },
    { name: 'no process.user.uid', config: { process: { user: { uid: undefined } } }, errors: [{ messageId: 'rootByDefault', pointer: '/process/user' }] },
    { name: 'user namespace joined from the host', config: { linux: { namespaces: [{ type: 'pid' }, { type: 'mount' }, { type: 'user', path: '/proc/1/ns/user' }] } }, errors: [{ messageId: 'root', pointer: '/process/user/uid' }] },
  ],
});
