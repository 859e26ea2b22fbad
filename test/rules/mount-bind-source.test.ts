import rule from '../../src/rules/mount-bind-source.js';
import { testRule } from '../helpers/rule-tester.js';

const proc = { destination: '/proc', type: 'proc', source: 'proc' };

testRule(rule, {
  valid: [
    { name: 'absolute source', config: { mounts: [proc, { destination: '/mnt', type: 'bind', source: '/srv', options: ['rbind'] }] } },
    { name: 'source relative to the bundle', config: { mounts: [proc, { destination: '/mnt', type: 'bind', source: 'data', options: ['rbind'] }] } },
    { name: 'tmpfs needs no source', config: { mounts: [proc, { destination: '/mnt', type: 'tmpfs' }] } },
  ],
  invalid: [
    {
      name: 'no source',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "mounts": [\n    {"destination": "/mnt", "type": "bind", "options": ["rbind"]}\n  ]\n}\n',
      errors: [{ messageId: 'missing', pointer: '/mounts/0', line: 5, column: 5 }],
    },
    { name: 'empty source', config: { mounts: [proc, { destination: '/mnt', source: '', options: ['bind'] }] }, errors: [{ messageId: 'missing', pointer: '/mounts/1/source' }] },
  ],
});
