import { defineRule, specUrl } from './api.js';
import { missingAt } from '../model/places.js';
import { KATA_VERSIONS, podRole } from './util/kata.js';

// How a container's limits size Kata Containers' VM (Go runtime; src/runtime/virtcontainers/
// sandbox.go, updateResources with calculateSandboxMemory and calculateSandboxCPUs;
// docs/design/vcpu-handling-runtime-go.md). The VM starts with default_vcpus and default_memory
// (1 vCPU and 2048 MiB in the shipped configuration-qemu.toml; src/runtime/Makefile, DEFVCPUS and
// DEFMEMSZ). Each running container then adds its memory limit (and hugepage limits) and
// quota / period CPUs, hot-plugged, capped at default_maxmemory and default_maxvcpus (the host's
// RAM and CPU count by default: qemu.go, ResizeMemory); the limits also apply to the container's
// cgroup inside the VM. A container without them shares the default resources. With
// static_sandbox_resource_mgmt (the shipped default on arm64 and for the confidential and GPU
// configurations) nothing is hot-plugged: the VM is sized once, from the pod's sandbox annotations.
// The pod's sandbox (pause) container is left alone: it has no limits by design.
const STATIC = 'With static_sandbox_resource_mgmt (the default on arm64 and in the confidential and GPU configurations) nothing is hot-plugged: the VM is sized once when the pod starts, from its sandbox annotations.';

export default defineRule({
  meta: {
    id: 'kata-vm-sizing',
    description: 'Under Kata Containers a container\'s memory limit and CPU quota size the VM; without them it shares the VM\'s default resources.',
    category: 'runtime',
    defaultSeverity: 'info',
    spec: { url: specUrl('config-linux.md', 'configLinuxMemory'), level: 'MAY' },
    targets: ['kata'],
    runtimeVersions: KATA_VERSIONS,
    platforms: ['linux'],
    messages: {
      memory: {
        headline: 'linux.resources.memory.limit ({{mib}} MiB) is hot-plugged into the Kata VM',
        detail: `Kata starts its VM with default_memory (2048 MiB in the shipped configuration) and hot-plugs each running container's memory limit on top, rounded up to the guest's memory block size; the limit also applies to the container's cgroup inside the VM. The VM never grows beyond default_maxmemory, the host's RAM by default: a larger limit is cut without a word. ${STATIC}`,
        help: 'Nothing to change; count the VM\'s default memory, and the hypervisor\'s own, in the pod\'s overhead (the RuntimeClass overhead in Kubernetes).',
        runtimes: { kata: 'accepts' },
      },
      noMemoryLimit: {
        headline: 'no memory limit: the container shares the Kata VM\'s default memory',
        detail: `Without a limit Kata adds no memory for the container: it shares the VM's default_memory (2048 MiB in the shipped configuration) with the guest kernel, Kata's agent and the pod's other containers, however much the host has; beyond that, the guest kernel's OOM killer acts inside the VM. ${STATIC}`,
        help: 'Set linux.resources.memory.limit (a memory limit on the Kubernetes container) to the memory the container needs.',
        runtimes: { kata: 'accepts' },
      },
      cpu: {
        headline: 'linux.resources.cpu.quota {{quota}}/{{period}} adds {{cpus}} vCPUs to the Kata VM',
        detail: `Kata hot-plugs quota / period CPUs for the container on top of default_vcpus (1 in the shipped configuration), the VM's total rounded up to whole vCPUs, and applies the quota to the container's cgroup inside the VM. The VM never grows beyond default_maxvcpus, the host's CPU count by default. ${STATIC}`,
        help: 'Nothing to change; the vCPUs are removed again when the container stops.',
        runtimes: { kata: 'accepts' },
      },
      noCpuLimit: {
        headline: 'no CPU quota: the container shares the Kata VM\'s default vCPUs',
        detail: 'Without a quota Kata adds no vCPU for the container: it runs on the VM\'s default_vcpus (1 in the shipped configuration), shared with Kata\'s agent and the pod\'s other containers without a quota, and cpu.shares only divides those vCPUs between them (docs/design/vcpu-handling-runtime-go.md).',
        help: 'Set linux.resources.cpu.quota and period (a CPU limit on the Kubernetes container) when the container needs more than the VM\'s default vCPUs.',
        runtimes: { kata: 'accepts' },
      },
    },
  },
  // Runs without linux.resources too: a container without limits is the finding.
  check(ctx) {
    if (!ctx.config.linux || podRole(ctx) === 'sandbox') return;
    const resources = ctx.config.linux.resources;
    const memory = resources?.memory;
    const limit = memory?.limit;
    if (memory && limit !== undefined && limit > 0) {
      ctx.report({ messageId: 'memory', node: memory, key: 'limit', data: { mib: Math.ceil(limit / 2 ** 20) } });
    } else {
      ctx.report({ messageId: 'noMemoryLimit', ...missingAt(ctx, ['linux', 'resources', 'memory', 'limit']) });
    }
    const cpu = resources?.cpu;
    const quota = cpu?.quota;
    const period = cpu?.period;
    if (cpu && quota !== undefined && quota > 0 && period !== undefined && period > 0) {
      ctx.report({ messageId: 'cpu', node: cpu, key: 'quota', data: { quota, period, cpus: Number((quota / period).toFixed(2)) } });
    } else {
      ctx.report({ messageId: 'noCpuLimit', ...missingAt(ctx, ['linux', 'resources', 'cpu', 'quota']) });
    }
  },
});
