import { defineRule, specUrl } from './api.js';

// config-vm.md: vm.hypervisor.path, vm.kernel.path, vm.kernel.initrd and vm.image.path name
// files in the runtime's mount namespace and MUST be absolute paths there.
const FIELDS: { pointer: string; name: string; anchor: string }[] = [
  { pointer: '/vm/hypervisor/path', name: 'vm.hypervisor.path', anchor: 'HypervisorObject' },
  { pointer: '/vm/kernel/path', name: 'vm.kernel.path', anchor: 'KernelObject' },
  { pointer: '/vm/kernel/initrd', name: 'vm.kernel.initrd', anchor: 'KernelObject' },
  { pointer: '/vm/image/path', name: 'vm.image.path', anchor: 'ImageObject' },
];

export default defineRule({
  meta: {
    id: 'vm-paths-absolute',
    description: 'The hypervisor, kernel, initrd and image paths of a vm config must be absolute.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-vm.md', 'HypervisorObject'), level: 'MUST' },
    versions: '>=1.0.2',
    platforms: ['vm'],
    messages: {
      relative: '{{field}} must be an absolute path on the host, got "{{value}}".',
    },
  },
  check(ctx) {
    for (const f of FIELDS) {
      const value = ctx.string(f.pointer);
      if (value === undefined || !ctx.isValid(f.pointer)) continue;
      if (!value.startsWith('/')) ctx.report({ messageId: 'relative', pointer: f.pointer, data: { field: f.name, value } });
    }
  },
});
