import rule from '../../src/rules/json-duplicate-key.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [{ name: 'base config' }, { name: 'same key in sibling objects', raw: '{"ociVersion":"1.3.0","a":{"x":1},"b":{"x":1}}' }],
  invalid: [
    {
      name: 'top level',
      raw: '{\n  "ociVersion": "1.3.0",\n  "hostname": "a",\n  "hostname": "b"\n}\n',
      errors: [{ messageId: 'duplicate', line: 4, column: 3 }],
    },
    {
      name: 'nested, twice',
      raw: '{"ociVersion":"1.3.0","process":{"cwd":"/","cwd":"/x","cwd":"/y"}}',
      errors: [{ messageId: 'duplicate', line: 1, column: 44 }, { messageId: 'duplicate', line: 1, column: 55 }],
    },
  ],
});
