import rule from '../../src/rules/mount-destination-root.js';
import { testRule } from '../helpers/rule-tester.js';

const proc = { destination: '/proc', type: 'proc', source: 'proc' };

testRule(rule, {
  valid: [{ name: 'ordinary mounts', config: { mounts: [proc, { destination: '/tmp', type: 'tmpfs', source: 'tmpfs' }] } }],
  invalid: [
    {
      name: 'tmpfs over /',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "mounts": [{"destination": "/", "type": "tmpfs", "source": "tmpfs"}]\n}\n',
      errors: [{ messageId: 'root', pointer: '/mounts/0/destination', line: 4, column: 30 }],
    },
    { name: 'spelled with dots', config: { mounts: [proc, { destination: '/proc/..', type: 'tmpfs', source: 'tmpfs' }] }, errors: [{ messageId: 'root' }] },
  ],
});
