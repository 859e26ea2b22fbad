import rule from '../../src/rules/json-duplicate-key.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [{ name: 'base config' }, { name: 'same key in sibling objects', raw: '{"ociVersion":"1.3.0","a":{"x":1},"b":{"x":1}}' }],
  invalid: [
    {
      name: 'top level',
      raw: '{\n  "ociVersion": "1.3.0",\n  "hostname": "a",\n  "hostname": "b"\n}\n',
      errors: [
        {
          messageId: 'duplicate',
          line: 4,
          column: 3,
          suggestions: ['{\n  "ociVersion": "1.3.0",\n  "hostname": "a"\n}\n', '{\n  "ociVersion": "1.3.0",\n  "hostname": "b"\n}\n'],
        },
      ],
    },
    {
      name: 'nested, twice',
      raw: '{"ociVersion":"1.3.0","process":{"cwd":"/","cwd":"/x","cwd":"/y"}}',
      errors: [
        { messageId: 'duplicate', line: 1, column: 44, suggestions: ['{"ociVersion":"1.3.0","process":{"cwd":"/","cwd":"/y"}}', '{"ociVersion":"1.3.0","process":{"cwd":"/x","cwd":"/y"}}'] },
        { messageId: 'duplicate', line: 1, column: 55, suggestions: ['{"ociVersion":"1.3.0","process":{"cwd":"/","cwd":"/x"}}', '{"ociVersion":"1.3.0","process":{"cwd":"/x","cwd":"/y"}}'] },
      ],
    },
    {
      name: 'the same value twice, thrice, and in another key order: --fix drops the repeats, CRLF kept',
      raw: '{\r\n  "ociVersion": "1.3.0",\r\n  "root": {"path": "rootfs", "readonly": true},\r\n  "hostname": "h",\r\n  "root": {"readonly": true, "path": "rootfs"},\r\n  "hostname": "h",\r\n  "hostname": "h"\r\n}\r\n',
      errors: [{ messageId: 'duplicate', line: 5 }, { messageId: 'duplicate', line: 6 }, { messageId: 'duplicate', line: 7 }],
      output: '{\r\n  "ociVersion": "1.3.0",\r\n  "root": {"path": "rootfs", "readonly": true},\r\n  "hostname": "h"\r\n}\r\n',
    },
    {
      name: 'numbers are compared as written: 1 and 1.0 are a choice to make',
      raw: '{"ociVersion":"1.3.0","process":{"user":{"uid":1,"uid":1.0}}}',
      errors: [{ messageId: 'duplicate', suggestions: ['{"ociVersion":"1.3.0","process":{"user":{"uid":1}}}', '{"ociVersion":"1.3.0","process":{"user":{"uid":1.0}}}'] }],
    },
  ],
});
