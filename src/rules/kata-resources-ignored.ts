import { defineRule, specUrl } from './api.js';
import { missingAt } from '../model/places.js';
import { KATA_VERSIONS } from './util/kata.js';
import { insertAt } from './util/fixes.js';

// The parts of linux.resources Kata Containers' shim removes before the spec reaches the VM
// (src/runtime/virtcontainers/kata_agent.go, constrainGRPCSpec; the same in 3.0.0 and 3.32.0):
// devices, pids, blockIO and network, and cpu.cpus with cpu.mems (mems stays on a guest with
// several NUMA nodes). On the host the pod's cgroup holds the VM's threads, whose cpuset becomes
// the union of its containers' (src/runtime/virtcontainers/sandbox.go, getSandboxCPUSet); inside
// the VM the agent's device cgroup allows its default devices and the devices Kata passed in
// (src/agent/rustjail/src/cgroups/fs/mod.rs). Memory, CPU shares and quota, and hugepage limits
// are applied inside the VM (kata-vm-sizing says how they size it).
// The Go runtime also reads linux.resources without checking that it is there
// (src/runtime/pkg/oci/utils.go, ContainerConfig dereferences ocispec.Linux.Resources): a bundle
// without it makes the shim fail with a nil pointer dereference.
export default defineRule({
  meta: {
    id: 'kata-resources-ignored',
    description: 'Kata Containers needs linux.resources, and does not apply its pids, blockIO, network and device settings, nor the cpuset, inside its VM.',
    category: 'runtime',
    defaultSeverity: 'warning',
    spec: { url: specUrl('config-linux.md', 'configLinuxControlGroups'), level: 'MAY' },
    targets: ['kata'],
    runtimeVersions: KATA_VERSIONS,
    platforms: ['linux'],
    suggests: 'adding an empty linux.resources, which runc and crun read as no limits.',
    messages: {
      missing: {
        headline: 'linux.resources is missing: Kata\'s Go runtime fails on the bundle',
        detail: 'Kata\'s Go runtime (containerd-shim-kata-v2) reads linux.resources without checking that it is there, and fails with a nil pointer dereference when the config has none. Container managers always write it; a hand-written or minimal config may not.',
        help: 'Add "resources": {} (or the limits the container needs) to linux.',
        severity: 'error',
        runtimes: { kata: 'refuses' },
      },
      pids: {
        headline: 'linux.resources.pids.limit {{value}} is not enforced by Kata',
        detail: 'Kata\'s shim removes linux.resources.pids before the spec reaches the VM, and the host cgroup it would apply to holds the hypervisor\'s threads, not the container\'s processes. Nothing limits how many processes the container starts, short of the VM\'s memory.',
        help: 'Do not rely on the limit under Kata; RLIMIT_NPROC in process.rlimits, which Kata\'s agent applies inside the VM, caps processes per user.',
        runtimes: { kata: 'accepts' },
      },
      blockIO: {
        headline: 'linux.resources.blockIO is not applied by Kata',
        detail: 'Kata\'s shim removes linux.resources.blockIO before the spec reaches the VM: the container\'s I/O weight and throttles are not applied to it. The VM\'s disk and shared-filesystem traffic is the hypervisor\'s and its helpers\' on the host.',
        help: 'Do not rely on the setting under Kata; limit I/O on the host for the whole pod, or with the hypervisor\'s rate limiters in Kata\'s configuration.',
        runtimes: { kata: 'accepts' },
      },
      network: {
        headline: 'linux.resources.network is not applied by Kata',
        detail: 'Kata\'s shim removes linux.resources.network (the class ID and interface priorities) before the spec reaches the VM.',
        help: 'Do not rely on the setting under Kata; shape the pod\'s traffic on the host side of its network namespace.',
        severity: 'info',
        runtimes: { kata: 'accepts' },
      },
      devices: {
        headline: 'linux.resources.devices[{{index}}] allows devices Kata does not pass into its VM',
        detail: 'Kata\'s shim removes linux.resources.devices before the spec reaches the VM. Inside the VM the agent\'s device cgroup allows a default set of devices and those Kata passed in; an allow rule here, even one for all devices, reaches no host device.',
        help: 'List the devices the container needs in linux.devices, which Kata passes into its VM where it can (kata-devices says how).',
        severity: 'info',
        runtimes: { kata: 'accepts' },
      },
      cpuset: {
        headline: 'linux.resources.cpu.{{key}} "{{value}}" confines the whole Kata VM',
        detail: 'Kata\'s shim empties cpu.cpus and cpu.mems before the spec reaches the VM (mems stays on a guest with several NUMA nodes): inside the VM the container runs on every vCPU. On the host it confines the VM\'s threads to the CPUs and memory nodes of all of the pod\'s containers together.',
        help: 'Pin CPUs for the whole pod (the kubelet\'s static CPU manager does), and size the container with a CPU quota, which Kata applies inside the VM.',
        severity: 'info',
        runtimes: { kata: 'accepts' },
      },
    },
  },
  // Runs without linux.resources too: its absence is a finding.
  check(ctx) {
    const linux = ctx.config.linux;
    const resources = linux?.resources;
    if (!resources) {
      // A value of the wrong type is config-schema's finding, not a missing one.
      const written = linux ? ctx.has(linux, 'resources') : ctx.has(ctx.config, 'linux');
      if (!written) {
        const edit = insertAt(ctx, ['linux', 'resources'], {});
        ctx.report({ messageId: 'missing', ...missingAt(ctx, ['linux', 'resources']), suggestions: edit ? [{ title: 'Add "resources": {} to linux', edit }] : [] });
      }
      return;
    }
    const pids = resources.pids;
    if (pids?.limit !== undefined && pids.limit > 0) ctx.report({ messageId: 'pids', node: pids, key: 'limit', data: { value: pids.limit } });
    const blockIO = resources.blockIO;
    if (blockIO && hasSome(blockIO)) ctx.report({ messageId: 'blockIO', node: resources, key: 'blockIO', target: 'key' });
    const network = resources.network;
    if (network && hasSome(network)) ctx.report({ messageId: 'network', node: resources, key: 'network', target: 'key' });
    const devices = resources.devices;
    const allow = devices?.findIndex((d) => d?.allow === true) ?? -1;
    if (devices && allow >= 0) ctx.report({ messageId: 'devices', node: devices, key: allow, data: { index: allow } });
    const cpu = resources.cpu;
    for (const key of ['cpus', 'mems'] as const) {
      const value = cpu?.[key];
      if (cpu && value) ctx.report({ messageId: 'cpuset', node: cpu, key, data: { key, value } });
    }
  },
});

/** An object of the view with at least one field written. */
function hasSome(node: object): boolean {
  return Object.values(node).some((v) => v !== undefined);
}
