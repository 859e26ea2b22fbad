import rule from '../../src/rules/youki-required-blocks.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [{ name: 'linux and process present', targets: ['youki'] }, { name: 'no target', config: { linux: undefined } }],
  invalid: [
    {
      name: 'no process',
      targets: ['youki'],
      raw: '{\n  "ociVersion": "1.0.2",\n  "root": {"path": "rootfs"},\n  "linux": {}\n}\n',
      errors: [{ messageId: 'missing', pointer: '', line: 1, column: 1 }],
    },
    { name: 'no linux', targets: ['youki'], config: { linux: undefined }, errors: [{ messageId: 'missing' }] },
  ],
});
