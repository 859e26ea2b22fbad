import { sharedNamespaceRule } from './util/namespace-rule.js';

export default sharedNamespaceRule({
  id: 'shared-uts-namespace',
  type: 'uts',
  label: 'UTS',
  consequence: 'it sees the host\'s hostname and, with CAP_SYS_ADMIN, can change it',
  securitySeverity: 'medium',
  defaultSeverity: 'warning',
  kata: {
    missing: {
      headline: 'no "uts" namespace: under Kata the container shares the VM\'s hostname',
      detail: 'Kata Containers runs the container in a virtual machine with its own kernel. Without a uts entry the process stays in the VM\'s own UTS namespace: it sees the VM\'s hostname and, with CAP_SYS_ADMIN, changes it for every container of the VM that has none; the host\'s hostname is out of reach. Kata\'s agent refuses a config that sets hostname without a uts entry (src/agent/rustjail/src/validator.rs).',
      help: 'Add { "type": "uts" } to linux.namespaces so that the container gets the pod\'s UTS namespace like the other containers.',
      severity: 'info',
    },
    hostPath: {
      headline: '"uts" namespace joins {{path}}: Kata uses the pod\'s UTS namespace instead',
      detail: 'Kata\'s shim empties every namespace path before the spec reaches the VM (src/runtime/virtcontainers/kata_agent.go, constrainGRPCSpec), and its agent puts a uts entry in the UTS namespace the pod shares inside the VM (agent src/rpc.rs, update_container_namespaces). The host\'s hostname is out of reach.',
      help: 'Leave out the path: under Kata it cannot reach the host\'s hostname.',
      severity: 'info',
    },
  },
});
