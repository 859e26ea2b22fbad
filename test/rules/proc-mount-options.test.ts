import rule from '../../src/rules/proc-mount-options.js';
import { testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const r = rawConfig(PROCESS, '"mounts": [{"destination": "/proc", "type": "proc", "source": "proc", "options": ["nosuid"]}]');

testRule(rule, {
  valid: [{ name: 'docker options', config: { mounts: [{ destination: '/proc', type: 'proc', source: 'proc', options: ['nosuid', 'noexec', 'nodev'] }] } }],
  invalid: [
    { name: 'only nosuid', raw: r.raw, errors: [{ messageId: 'options', pointer: '/mounts/0/options', ...r.at('"proc"', '["nosuid"]') }] },
    { name: 'no options (runc spec)', config: {}, errors: [{ messageId: 'options', pointer: '/mounts/0' }] },
    { name: 'host /proc bound', config: { mounts: [{ destination: '/proc', type: 'bind', source: '/proc', options: ['rbind'] }] }, errors: [{ messageId: 'hostProc', pointer: '/mounts/0/source' }] },
  ],
});
