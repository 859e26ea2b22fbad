import { sharedNamespaceRule } from './util/namespace-rule.js';

export default sharedNamespaceRule({
  id: 'shared-pid-namespace',
  type: 'pid',
  label: 'PID',
  consequence: 'it can see, signal and ptrace every process on the host',
  securitySeverity: 'high',
  defaultSeverity: 'warning',
  kata: {
    missing: {
      headline: 'no "pid" namespace: Kata gives the container a new one in its VM, not the host\'s',
      detail: 'Kata Containers runs the container in a virtual machine with its own kernel. Its agent gives a container without a PID namespace a new one inside the VM (agent src/rpc.rs, update_container_namespaces): the container sees its own processes, neither the host\'s nor those of the other containers of its pod. A Kubernetes hostPID pod does not see the host\'s processes under Kata.',
      help: 'A container that must see or signal host processes cannot do so under Kata: run it with runc or crun. To share processes with the other containers of its pod, join the pod\'s PID namespace (shareProcessNamespace in Kubernetes).',
      severity: 'info',
    },
    hostPath: {
      headline: '"pid" namespace joins {{path}}: Kata joins the pod\'s PID namespace instead',
      detail: 'A host namespace means nothing inside the VM: Kata\'s shim drops the path and asks its agent for the PID namespace the pod\'s containers share inside the VM (src/runtime/virtcontainers/kata_agent.go, handlePidNamespace). The container sees the processes of its pod, not the host\'s.',
      help: 'Leave out the path: under Kata it cannot reach the host\'s processes.',
      severity: 'info',
    },
  },
});
