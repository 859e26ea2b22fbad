import { sharedNamespaceRule } from './util/namespace-rule.js';

export default sharedNamespaceRule({
  id: 'shared-cgroup-namespace',
  type: 'cgroup',
  label: 'cgroup',
  consequence: '/proc/self/cgroup shows the host\'s cgroup paths, which leak the host\'s layout',
  securitySeverity: 'low',
  defaultSeverity: 'info',
  kata: {
    missing: {
      headline: 'no "cgroup" namespace: under Kata /proc/self/cgroup shows the VM\'s paths',
      detail: 'Kata\'s shim removes cgroup namespace entries before the spec reaches the VM, and on a cgroup v2 guest its agent gives every container a cgroup namespace of its own (src/runtime/virtcontainers/kata_agent.go, constrainGRPCSpec; src/agent/rustjail/src/container.rs). Either way the cgroup paths the container sees are the VM\'s, never the host\'s.',
      help: 'Nothing to change for Kata; add { "type": "cgroup" } to linux.namespaces for other runtimes.',
      severity: 'info',
    },
    hostPath: {
      headline: '"cgroup" namespace joins {{path}}: Kata drops the entry inside the VM',
      detail: 'Kata\'s shim removes cgroup namespace entries before the spec reaches the VM (src/runtime/virtcontainers/kata_agent.go, constrainGRPCSpec). The cgroup paths the container sees are the VM\'s, never the host\'s.',
      help: 'Leave out the path: under Kata it cannot reach the host\'s cgroups.',
      severity: 'info',
    },
  },
});
