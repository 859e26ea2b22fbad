import { sharedNamespaceRule } from './util/namespace-rule.js';

export default sharedNamespaceRule({
  id: 'shared-ipc-namespace',
  type: 'ipc',
  label: 'IPC',
  consequence: 'it can read and write the host\'s shared memory segments, semaphores and message queues',
  securitySeverity: 'high',
  defaultSeverity: 'warning',
  kata: {
    missing: {
      headline: 'no "ipc" namespace: under Kata the container shares the VM\'s IPC namespace',
      detail: 'Kata Containers runs the container in a virtual machine with its own kernel. Its agent moves each ipc entry to the IPC namespace the pod shares inside the VM; without an entry the process stays in the VM\'s own IPC namespace, shared with the agent and with every container of the VM that has none (agent src/rpc.rs, update_container_namespaces). The host\'s shared memory, semaphores and message queues are out of reach.',
      help: 'Add { "type": "ipc" } to linux.namespaces so that the container gets the pod\'s IPC namespace like the other containers.',
      severity: 'info',
    },
    hostPath: {
      headline: '"ipc" namespace joins {{path}}: Kata uses the pod\'s IPC namespace instead',
      detail: 'Kata\'s shim empties every namespace path before the spec reaches the VM (src/runtime/virtcontainers/kata_agent.go, constrainGRPCSpec), and its agent puts an ipc entry in the IPC namespace the pod shares inside the VM (agent src/rpc.rs, update_container_namespaces). The host\'s IPC objects are out of reach.',
      help: 'Leave out the path: under Kata it cannot reach the host\'s IPC objects.',
      severity: 'info',
    },
  },
});
