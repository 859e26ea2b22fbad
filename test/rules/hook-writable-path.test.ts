import rule from '../../src/rules/hook-writable-path.js';
import { testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const r = rawConfig(PROCESS, '"hooks": {"poststop": [{"path": "/tmp/cleanup.sh"}]}');

testRule(rule, {
  valid: [
    { name: 'system path', config: { hooks: { prestart: [{ path: '/usr/libexec/hook' }] } } },
    { name: 'startContainer runs in the container', config: { hooks: { startContainer: [{ path: '/tmp/in-container' }] } } },
  ],
  invalid: [
    { name: '/tmp', raw: r.raw, errors: [{ messageId: 'writable', pointer: '/hooks/poststop/0/path', ...r.at('poststop', '"/tmp/cleanup.sh"') }] },
    { name: '/dev/shm via ..', config: { hooks: { createRuntime: [{ path: '/usr/../dev/shm/x' }] } }, errors: [{ messageId: 'writable', pointer: '/hooks/createRuntime/0/path' }] },
  ],
});
