import rule from '../../src/rules/json-encoding.js';
import { testRule } from '../helpers/rule-tester.js';

const enc = (s: string, bad: number[]) => Buffer.concat([Buffer.from(s), Buffer.from(bad), Buffer.from('"}')]);

testRule(rule, {
  valid: [{ name: 'ASCII' }, { name: 'multi-byte UTF-8', raw: '{"ociVersion":"1.3.0","hostname":"h\u00e9\u4e2d\u{1F600}"}' }],
  invalid: [
    { name: 'latin-1 byte', raw: enc('{"ociVersion":"1.3.0",\n"hostname":"ab', [0xe9]), errors: [{ messageId: 'utf8', line: 2, column: 15 }] },
    { name: 'overlong encoding', raw: enc('{"hostname":"', [0xc0, 0xaf]), errors: [{ messageId: 'utf8', line: 1, column: 14 }] },
    { name: 'encoded surrogate', raw: enc('{"hostname":"', [0xed, 0xa0, 0x80]), errors: [{ messageId: 'utf8', line: 1, column: 14 }] },
    { name: 'truncated sequence', raw: enc('{"hostname":"', [0xe4, 0xb8]), errors: [{ messageId: 'utf8', line: 1, column: 14 }] },
  ],
});
