import rule from '../../src/rules/cpu-limit-missing.js';
import { testRule } from '../helpers/rule-tester.js';
import { PROCESS, rawConfig } from '../helpers/security.js';

const r = rawConfig(PROCESS, '"linux": {"resources": {"cpu": {"shares": 0}}}');

testRule(rule, {
  valid: [
    { name: 'quota', config: { linux: { resources: { cpu: { quota: 50000, period: 100000 } } } } },
    { name: 'shares (CRI-O best effort)', config: { linux: { resources: { cpu: { shares: 2, quota: 0 } } } } },
    { name: 'cpuset', config: { linux: { resources: { cpu: { cpus: '0-1' } } } } },
  ],
  invalid: [
    { name: 'docker shares 0', raw: r.raw, errors: [{ messageId: 'missing', pointer: '/linux/resources/cpu', ...r.at('"cpu"', '"cpu"') }] },
    { name: 'no resources', config: { linux: { resources: {} } }, errors: [{ messageId: 'missing', pointer: '/linux/resources' }] },
  ],
});
