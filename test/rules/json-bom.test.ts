import rule from '../../src/rules/json-bom.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [{ name: 'no BOM' }, { name: 'U+FEFF inside a string is fine', raw: '{"ociVersion":"1.3.0","hostname":"\uFEFF"}' }],
  invalid: [
    { name: 'UTF-8 BOM', raw: '\uFEFF{"ociVersion": "1.3.0"}', errors: [{ messageId: 'bom', line: 1, column: 1 }] },
  ],
});
