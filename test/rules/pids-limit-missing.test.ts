import rule from '../../src/rules/pids-limit-missing.js';
import { testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const r = rawConfig(PROCESS, '"linux": {"resources": {"pids": {"limit": 0}}}');

testRule(rule, {
  valid: [{ name: 'podman 2048', config: { linux: { resources: { pids: { limit: 2048 } } } } }],
  invalid: [
    { name: 'zero', raw: r.raw, errors: [{ messageId: 'unlimited', pointer: '/linux/resources/pids/limit', ...r.at('limit', '0') }] },
    { name: 'absent', config: { linux: { resources: { devices: [] } } }, errors: [{ messageId: 'missing', pointer: '/linux/resources' }] },
  ],
});
