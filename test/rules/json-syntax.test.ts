import rule from '../../src/rules/json-syntax.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [{ name: 'base config' }, { name: 'nested empty containers', raw: '{"ociVersion":"1.3.0","annotations":{},"mounts":[]}' }],
  invalid: [
    { name: 'trailing comma', raw: '{\n  "ociVersion": "1.3.0",\n}\n', errors: [{ messageId: 'syntax', line: 3, column: 1 }] },
    { name: 'comment', raw: '{\n  // hi\n  "ociVersion": "1.3.0"\n}\n', errors: [{ messageId: 'syntax', line: 2, column: 3 }] },
    { name: 'truncated', raw: '{\n  "ociVersion": "1.3', errors: [{ messageId: 'syntax', line: 2, column: 17 }] },
    { name: 'empty file', raw: '', errors: [{ messageId: 'syntax', line: 1, column: 1 }] },
    { name: 'single quotes', raw: "{'a': 1}", errors: [{ messageId: 'syntax', line: 1, column: 2 }] },
    { name: 'leading zero', raw: '{"a": 01}', errors: [{ messageId: 'syntax', line: 1, column: 7 }] },
    { name: 'two values', raw: '{} {}', errors: [{ messageId: 'syntax', line: 1, column: 4 }] },
    { name: 'raw newline in a string', raw: '{"a": "x\ny"}', errors: [{ messageId: 'syntax', line: 1, column: 9 }] },
    { name: 'bad escape', raw: '{"a": "\\q"}', errors: [{ messageId: 'syntax', line: 1, column: 8 }] },
    { name: 'deep nesting', raw: '['.repeat(100000) + ']'.repeat(100000), errors: [{ messageId: 'tooDeep', line: 1, column: 1001 }] },
  ],
});
