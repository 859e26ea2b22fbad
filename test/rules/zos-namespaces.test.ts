import rule from '../../src/rules/zos-namespaces.js';
import { testRule } from '../helpers/rule-tester.js';

const zos = (namespaces: unknown[]) => ({ linux: undefined, zos: { namespaces } });

testRule(rule, {
  valid: [{ name: 'distinct types, absolute path', config: zos([{ type: 'pid' }, { type: 'mount', path: '/proc/1/ns/mnt' }]) }],
  invalid: [
    {
      name: 'relative path',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "zos": {"namespaces": [\n    {"type": "ipc", "path": "ns/ipc"}\n  ]}\n}\n',
      errors: [{ messageId: 'relative', pointer: '/zos/namespaces/0/path', line: 5, column: 29 }],
    },
    { name: 'duplicate type', config: zos([{ type: 'pid' }, { type: 'uts' }, { type: 'pid' }]), errors: [{ messageId: 'duplicate', pointer: '/zos/namespaces/2/type' }] },
  ],
});
