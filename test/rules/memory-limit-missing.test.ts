import rule from '../../src/rules/memory-limit-missing.js';
import { testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const r = rawConfig(PROCESS, '"linux": {"resources": {"memory": {"limit": -1}}}');

testRule(rule, {
  valid: [{ name: 'limited', config: { linux: { resources: { memory: { limit: 268435456 } } } } }],
  invalid: [
    { name: 'unlimited', raw: r.raw, errors: [{ messageId: 'unlimited', pointer: '/linux/resources/memory/limit', ...r.at('limit', '-1') }] },
    { name: 'no resources', config: {}, errors: [{ messageId: 'missing', pointer: '/linux' }] },
    { name: 'memory without limit', config: { linux: { resources: { memory: { reservation: 1024 } } } }, errors: [{ messageId: 'missing', pointer: '/linux/resources/memory' }] },
  ],
});
