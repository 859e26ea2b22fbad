import { defineRule, specUrl } from './api.js';
import { fieldOf } from '../model/view.js';
import { KATA_VERSIONS } from './util/kata.js';

// Confinement Kata Containers accepts but does not apply inside its VM, read in kata-containers
// at 3.0.0 and 3.32.0:
// - AppArmor: the agent, which starts the process in the VM, has no AppArmor code (src/agent);
//   the host's AppArmor confines the hypervisor process, not the workload.
// - SELinux: with the shipped disable_guest_selinux = true (src/runtime/Makefile,
//   DEFDISABLEGUESTSELINUX), the shim empties process.selinuxLabel and linux.mountLabel before the
//   spec reaches the VM (src/runtime/virtcontainers/kata_agent.go, constrainGRPCSpec).
// linux.sysctl was reported here until Kata's agent was found to apply it: linux-sysctl-namespace
// and kata-agent-refuses now report the sysctls the agent refuses.
export default defineRule({
  meta: {
    id: 'kata-unsupported-settings',
    description: 'Kata Containers does not apply AppArmor profiles, nor SELinux labels under its shipped configuration.',
    category: 'runtime',
    defaultSeverity: 'warning',
    spec: { url: specUrl('config.md', 'configLinuxProcess'), level: 'MAY' },
    targets: ['kata'],
    runtimeVersions: KATA_VERSIONS,
    platforms: ['linux'],
    messages: {
      apparmor: {
        headline: 'process.apparmorProfile "{{value}}" is not applied by Kata Containers',
        detail: 'Kata\'s agent, which starts the process inside the VM, has no AppArmor support: the workload runs unconfined by AppArmor, which matters when the profile was meant as a control. On the host, AppArmor confines the hypervisor, not the workload.',
        help: 'Do not rely on the profile under Kata Containers; remove it, or confine the workload another way (a seccomp filter with guest seccomp enabled, fewer capabilities).',
        runtimes: { kata: 'accepts' },
      },
      selinux: {
        headline: '{{field}} "{{value}}" is not applied by Kata Containers',
        detail: 'Kata\'s shipped configuration has disable_guest_selinux = true: the shim removes the SELinux labels before the spec reaches the VM, and the workload runs without them. With guest SELinux enabled (a guest image built with SELinux), Kata applies the label with the type container_t, or guest_selinux_label.',
        help: 'Do not rely on the label under Kata Containers with its shipped configuration; enable guest SELinux, or confine the workload another way.',
        runtimes: { kata: 'accepts' },
      },
    },
  },
  reads: ['process.apparmorProfile', 'process.selinuxLabel', 'linux.mountLabel'],
  check(ctx) {
    const { linux, process } = ctx.config;
    const apparmor = process?.apparmorProfile;
    if (process && apparmor) ctx.report({ messageId: 'apparmor', node: process, key: 'apparmorProfile', data: { value: apparmor } });
    const selinuxLabel = process?.selinuxLabel;
    if (process && selinuxLabel) ctx.report({ messageId: 'selinux', node: process, key: 'selinuxLabel', data: { field: fieldOf(process, 'selinuxLabel'), value: selinuxLabel } });
    const mountLabel = linux?.mountLabel;
    if (linux && mountLabel) ctx.report({ messageId: 'selinux', node: linux, key: 'mountLabel', data: { field: fieldOf(linux, 'mountLabel'), value: mountLabel } });
  },
});
