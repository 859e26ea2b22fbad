import { sharedNamespaceRule } from './util/namespace-rule.js';

export default sharedNamespaceRule({
  id: 'shared-mount-namespace',
  type: 'mount',
  label: 'mount',
  consequence: 'its mounts are made in the host\'s mount table and masked paths cannot be applied',
  securitySeverity: 'critical',
  defaultSeverity: 'warning',
  kata: {
    missing: {
      headline: 'no "mount" namespace: under Kata the container sees the VM\'s whole filesystem',
      detail: 'Kata\'s agent sets up the container\'s root filesystem and mounts only in a new mount namespace (src/agent/rustjail/src/container.rs: the rootfs setup and pivot_root run only then). Without one the process starts in the VM\'s own mount namespace and root: it sees the VM\'s filesystem and the files of every container shared into the VM, though not the host\'s mount table. With maskedPaths or readonlyPaths the agent refuses the container (kata-agent-refuses).',
      help: 'Add { "type": "mount" } to linux.namespaces so that the container runs in its own root filesystem.',
      severity: 'warning',
    },
    hostPath: {
      headline: '"mount" namespace joins {{path}}: Kata creates a new one in the VM instead',
      detail: 'Kata\'s shim empties every namespace path before the spec reaches the VM (src/runtime/virtcontainers/kata_agent.go, constrainGRPCSpec), so its agent creates a new mount namespace there. The host\'s mount table is out of reach.',
      help: 'Leave out the path: under Kata it cannot reach the host\'s mounts.',
      severity: 'info',
    },
  },
});
