import rule from '../../src/rules/negative-oom-score.js';
import { testRule } from '../helpers/rule-tester.js';
import { rawConfig } from '../helpers/security.js';

const r = rawConfig('"process": {"cwd": "/", "args": ["/bin/sh"], "user": {"uid": 0, "gid": 0}, "oomScoreAdj": -500}');

testRule(rule, {
  valid: [{ name: 'CRI-O best effort', config: { process: { oomScoreAdj: 1000 } } }, { name: 'zero', config: { process: { oomScoreAdj: 0 } } }],
  invalid: [{ name: 'negative', raw: r.raw, errors: [{ messageId: 'negative', pointer: '/process/oomScoreAdj', ...r.at('oomScoreAdj', '-500') }] }],
});
