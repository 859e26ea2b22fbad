import rule from '../../src/rules/capability-ambient.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawConfig } from '../helpers/security.js';

const r = rawConfig('"process": {"cwd": "/", "args": ["/bin/sh"], "user": {"uid": 0, "gid": 0}, "capabilities": {"ambient": ["CAP_KILL"]}}');

testRule(rule, {
  valid: [
    { name: 'empty ambient', config: { process: { capabilities: { bounding: ['CAP_KILL'], ambient: [] } } } },
    { name: 'no ambient', config: { process: { capabilities: { bounding: ['CAP_KILL'] } } } },
  ],
  invalid: [
    { name: 'runc spec style', raw: r.raw, errors: [{ messageId: 'ambient', pointer: '/process/capabilities/ambient', ...r.at('ambient', '["CAP_KILL"]') }] },
  ],
});
