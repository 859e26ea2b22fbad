import { sharedNamespaceRule } from './util/namespace-rule.js';

export default sharedNamespaceRule({
  id: 'shared-network-namespace',
  type: 'network',
  label: 'network',
  consequence: 'it can bind host ports, reach services on the host\'s loopback and sniff host traffic',
  securitySeverity: 'high',
  defaultSeverity: 'warning',
  kata: {
    missing: {
      headline: 'no "network" namespace: Kata puts the VM in a new, empty network namespace',
      detail: 'Kata does not support host networking (docs/Limitations.md, "Host network"). Given no network namespace, its shim creates a new, empty one for the VM (src/runtime/pkg/katautils/network_linux.go, SetupNetworkNamespace): the container has a loopback interface and nothing else. It cannot bind host ports or see host traffic, and it is on no network at all.',
      help: 'Give the container a network namespace connected to a network (for a pod, the one its CNI plugin set up). A container that needs the host\'s network has to run with runc or crun.',
      severity: 'warning',
    },
    hostPath: {
      headline: '"network" namespace joins the host\'s, {{path}}: Kata refuses it',
      detail: 'Kata\'s shim compares the namespace with its own and fails with "Host networking requested, not supported by runtime" (src/runtime/pkg/katautils/network_linux.go, SetupNetworkNamespace). Kata does not support host networking (docs/Limitations.md, "Host network").',
      help: 'Leave out the path, or name the network namespace set up for the container (for a pod, the one its CNI plugin created).',
      severity: 'error',
      refuses: true,
    },
  },
});
