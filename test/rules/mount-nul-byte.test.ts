import rule from '../../src/rules/mount-nul-byte.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [{ name: 'plain strings', config: { mounts: [{ destination: '/proc', type: 'proc', source: 'proc', options: ['nosuid'] }] } }],
  invalid: [
    {
      name: 'NUL in the destination',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "mounts": [{"destination": "/mn\\u0000t", "type": "tmpfs", "source": "tmpfs"}]\n}\n',
      errors: [{ messageId: 'nul', pointer: '/mounts/0/destination', line: 4, column: 30 }],
    },
    { name: 'NUL in an option', config: { mounts: [{ destination: '/proc', type: 'proc', source: 'proc', options: ['nosuid\u0000x'] }] }, errors: [{ messageId: 'nul', pointer: '/mounts/0/options/0' }] },
  ],
});
