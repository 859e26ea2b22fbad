import { defineRule, specUrl } from './api.js';
import { findNamespace, isHostNsPath } from '../model/namespaces.js';
import { KATA_VERSIONS, podRole } from './util/kata.js';

// Kata Containers connects the VM to the interfaces of the network namespace a bundle names
// (src/runtime/pkg/oci/utils.go, networkConfig; the default internetworking_model "tcfilter"
// redirects their traffic to the VM's tap device). Its limitations document (docs/Limitations.md,
// "Support for joining an existing VM network") warns that a namespace shared with another
// container is taken over: a runc container in it loses its connectivity.
//
// For a Kubernetes pod that is the design: the sandbox joins the namespace its CNI plugin set up,
// and the pod's other containers run in the same VM. So only a bundle outside a pod (docker
// --net=container:, nerdctl, ctr) is reported. Having no network namespace, or the host's, is
// shared-network-namespace's finding, which says what Kata does with --target kata.
export default defineRule({
  meta: {
    id: 'kata-host-network',
    description: 'A Kata container outside a pod should not join another container\'s network namespace.',
    category: 'runtime',
    defaultSeverity: 'warning',
    spec: { url: specUrl('config-linux.md', 'namespaces'), level: 'MAY' },
    targets: ['kata'],
    runtimeVersions: KATA_VERSIONS,
    platforms: ['linux'],
    messages: {
      joinNetwork: {
        headline: 'linux.namespaces[{{index}}] joins the network namespace at "{{path}}"',
        detail: 'Kata connects its VM to the interfaces of that namespace and takes their traffic over: a container of another runtime that uses the namespace loses its connectivity (docs/Limitations.md, "Support for joining an existing VM network").',
        help: 'Leave out the path so that the container gets a network namespace of its own, or run the containers that share a network in one Kata pod.',
        runtimes: { kata: 'accepts' },
      },
    },
  },
  reads: ['linux.namespaces'],
  check(ctx) {
    if (podRole(ctx) !== 'single') return;
    const network = findNamespace(ctx, 'network');
    const path = network?.joinedPath;
    if (!network || path === undefined || isHostNsPath(path, 'network')) return;
    ctx.report({ messageId: 'joinNetwork', node: network.node, key: 'path', data: { index: network.index, path } });
  },
});
