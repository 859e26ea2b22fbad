import rule from '../../src/rules/crun-required-blocks.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'all three blocks', targets: ['crun'] },
    { name: 'empty blocks are enough', targets: ['crun'], config: { mounts: [], linux: {} } },
    { name: 'no target', config: { mounts: undefined } },
  ],
  invalid: [
    {
      name: 'no mounts',
      targets: ['crun'],
      raw: '{\n  "ociVersion": "1.0.2",\n  "root": {"path": "rootfs"},\n  "linux": {}\n}\n',
      errors: [{ messageId: 'missing', pointer: '', line: 1, column: 1 }],
    },
    { name: 'no linux and no mounts', targets: ['crun'], config: { linux: undefined, mounts: undefined }, errors: [{ messageId: 'missing' }, { messageId: 'missing' }] },
  ],
});
