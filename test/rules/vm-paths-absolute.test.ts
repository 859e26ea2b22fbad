import rule from '../../src/rules/vm-paths-absolute.js';
import { testRule } from '../helpers/rule-tester.js';

const vm = { hypervisor: { path: '/usr/bin/qemu' }, kernel: { path: '/boot/vmlinuz', initrd: '/boot/initrd.img' }, image: { path: '/var/vm/root.img', format: 'raw' } };

testRule(rule, {
  valid: [{ name: 'absolute paths', config: { vm } }],
  invalid: [
    {
      name: 'relative kernel',
      raw: '{\n  "ociVersion": "1.3.0",\n  "root": {"path": "rootfs"},\n  "vm": {\n    "kernel": {"path": "vmlinuz"}\n  }\n}\n',
      errors: [{ messageId: 'relative', pointer: '/vm/kernel/path', line: 5, column: 24 }],
    },
    {
      name: 'relative hypervisor, initrd and image',
      config: { vm: { hypervisor: { path: 'qemu' }, kernel: { path: '/boot/vmlinuz', initrd: 'initrd' }, image: { path: 'root.img', format: 'raw' } } },
      errors: [{ messageId: 'relative', pointer: '/vm/hypervisor/path' }, { messageId: 'relative', pointer: '/vm/kernel/initrd' }, { messageId: 'relative', pointer: '/vm/image/path' }],
    },
  ],
});
