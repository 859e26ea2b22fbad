import { defineRule, specUrl } from './api.js';
import { hooks } from '../model/hooks.js';
import { KATA_VERSIONS } from './util/kata.js';

// Where Kata Containers runs a bundle's hooks. The Go runtime (containerd-shim-kata-v2, the `kata`
// runtime class in 3.x) runs prestart and createRuntime on the host after the VM has started
// (src/runtime/pkg/katautils/create.go), poststart and poststop on the host too
// (src/runtime/pkg/containerd-shim-v2/start.go, delete.go), and removes every hook from the spec
// it sends into the VM (src/runtime/virtcontainers/kata_agent.go, constrainGRPCSpec): a
// createContainer or startContainer hook runs nowhere. runtime-rs runs createContainer on the
// host and startContainer inside the VM (docs/design/hooks-handling.md). The state a host hook
// reads names the hypervisor's pid (src/runtime/pkg/katautils/hook.go, runHook).
export default defineRule({
  meta: {
    id: 'kata-hooks',
    description: 'Kata Containers runs hooks on the host, with the hypervisor\'s pid, and its default runtime skips createContainer and startContainer hooks.',
    category: 'runtime',
    defaultSeverity: 'warning',
    spec: { url: specUrl('config.md', 'configHooks'), level: 'MAY' },
    targets: ['kata'],
    runtimeVersions: KATA_VERSIONS,
    platforms: ['linux'],
    messages: {
      notRun: {
        headline: 'hooks.{{kind}}[{{index}}] "{{path}}" is not run by Kata\'s Go runtime',
        detail: 'Kata\'s Go runtime (containerd-shim-kata-v2, the default in 3.x) runs no createContainer or startContainer hook: it removes the hooks from the spec it sends into the VM and does not run these two kinds on the host. runtime-rs runs createContainer hooks on the host and startContainer hooks inside the VM, where the path is looked up in the container.',
        help: 'Do the work in a prestart or createRuntime hook, which Kata runs on the host, or inside the VM with Kata\'s guest hooks (guest_hook_path in configuration.toml).',
        runtimes: { kata: 'accepts' },
      },
      onHost: {
        headline: 'hooks.{{kind}}[{{index}}] runs "{{path}}" on the host, outside the Kata VM',
        detail: 'Kata runs this hook on the host, in its shim\'s namespaces. The state it reads names the hypervisor\'s process as pid, not a process of the container: a hook that reaches into the container through /proc/<pid> (to add devices, mounts or interfaces) acts on the hypervisor instead. Hooks that only prepare the host side, such as the pod\'s network namespace, work.',
        help: 'Check that the hook works from the host side; to act inside the container, use Kata\'s guest hooks (guest_hook_path) or the pod\'s own init containers.',
        severity: 'info',
        runtimes: { kata: 'accepts' },
      },
    },
  },
  reads: ['hooks'],
  check(ctx) {
    for (const h of hooks(ctx)) {
      const path = h.node.path;
      if (path === undefined) continue;
      const messageId = h.kind === 'createContainer' || h.kind === 'startContainer' ? 'notRun' : 'onHost';
      ctx.report({ messageId, node: h.node, key: 'path', data: { kind: h.kind, index: h.index, path } });
    }
  },
});
