import { defineRule, specUrl, type KeyOf } from './api.js';
import { fieldOf } from '../model/view.js';

// config-vm.md: vm.hypervisor.path, vm.kernel.path, vm.kernel.initrd and vm.image.path name
// files in the runtime's mount namespace and MUST be absolute paths there.
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
      relative: {
        headline: '{{field}} "{{value}}" is not an absolute path',
        detail: 'It names a file on the host, in the runtime\'s mount namespace, and must be an absolute path there.',
        help: 'Write the file\'s absolute path on the host.',
      },
    },
  },
  reads: ['vm.hypervisor.path', 'vm.kernel.path', 'vm.kernel.initrd', 'vm.image.path'],
  check(ctx) {
    const vm = ctx.config.vm;
    if (!vm) return;
    const path = <N extends object>(node: N | undefined, key: KeyOf<N>, value: string | undefined): void => {
      if (node === undefined || value === undefined || !ctx.valid(node, key)) return;
      if (!value.startsWith('/')) ctx.report({ messageId: 'relative', node, key, data: { field: fieldOf(node, key), value } });
    };
    path(vm.hypervisor, 'path', vm.hypervisor?.path);
    path(vm.kernel, 'path', vm.kernel?.path);
    path(vm.kernel, 'initrd', vm.kernel?.initrd);
    path(vm.image, 'path', vm.image?.path);
  },
});
