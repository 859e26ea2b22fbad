import rule from '../../src/rules/json-bom.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [{ name: 'no BOM' }, { name: 'U+FEFF inside a string is fine', raw: '{"ociVersion":"1.3.0","hostname":"\uFEFF"}' }],
  invalid: [
    {
      name: 'UTF-8 BOM: removed by --fix, nothing else touched',
      raw: '\uFEFF{\r\n\t"ociVersion": "1.3.0"\r\n}',
      errors: [{ messageId: 'bom', line: 1, column: 1 }],
      output: '{\r\n\t"ociVersion": "1.3.0"\r\n}',
    },
    {
      name: 'a BOM before text that is not JSON: still removed',
      raw: '\uFEFF{"ociVersion": ',
      errors: [{ messageId: 'bom', line: 1, column: 1 }],
      output: '{"ociVersion": ',
    },
  ],
});
