import rule from '../../src/rules/hook-runs-on-host.js';
import { testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const r = rawConfig(PROCESS, '"hooks": {"createRuntime": [{"path": "/usr/bin/nvidia-ctk", "args": ["nvidia-ctk", "hook"]}]}');

testRule(rule, {
  valid: [{ name: 'poststop only', config: { hooks: { poststop: [{ path: '/usr/bin/cleanup' }] } } }],
  invalid: [
    { name: 'createRuntime', raw: r.raw, errors: [{ messageId: 'hook', pointer: '/hooks/createRuntime/0/path', ...r.at('createRuntime', '"/usr/bin/nvidia-ctk"') }] },
    { name: 'docker libnetwork prestart', config: { hooks: { prestart: [{ path: '/proc/13279/exe', args: ['libnetwork-setkey'] }] } }, errors: [{ messageId: 'hook', pointer: '/hooks/prestart/0/path' }] },
  ],
});
