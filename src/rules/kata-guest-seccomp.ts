import { defineRule, specUrl } from './api.js';
import { KATA_VERSIONS, annotation } from './util/kata.js';

// Kata Containers' shipped configuration sets disable_guest_seccomp = true
// (src/runtime/config/configuration-qemu.toml.in; DEFDISABLEGUESTSECCOMP in src/runtime/Makefile,
// the same in every 3.x release and in runtime-rs). The shim then drops linux.seccomp before the
// spec reaches the VM (src/runtime/virtcontainers/kata_agent.go, constrainGRPCSpec; runtime-rs
// container_manager/container.rs, amend_spec): the filter is never installed. The runtime
// annotation io.katacontainers.config.runtime.disable_guest_seccomp overrides the setting for a
// pod (src/runtime/pkg/oci/utils.go, addRuntimeConfigOverrides); it needs no enable_annotations.
const ANNOTATION = 'io.katacontainers.config.runtime.disable_guest_seccomp';
const GO_FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

export default defineRule({
  meta: {
    id: 'kata-guest-seccomp',
    description: 'Kata Containers does not apply linux.seccomp inside its VM under the shipped configuration.',
    category: 'runtime',
    defaultSeverity: 'warning',
    spec: { url: specUrl('config-linux.md', 'configLinuxSeccomp'), level: 'MAY' },
    targets: ['kata'],
    runtimeVersions: KATA_VERSIONS,
    platforms: ['linux'],
    messages: {
      notApplied: {
        headline: 'linux.seccomp is not applied inside the Kata VM (disable_guest_seccomp)',
        detail: `Kata's shipped configuration has disable_guest_seccomp = true: the shim removes linux.seccomp before the spec reaches the VM, and the process runs with no seccomp filter; only the VM separates it from the host. The agent applies the filter when disable_guest_seccomp = false, in Kata's configuration or through the annotation ${ANNOTATION} on the pod.`,
        help: `If the filter is part of your defence, set disable_guest_seccomp = false in Kata's configuration.toml, or add the annotation "${ANNOTATION}": "false" to the pod (its sandbox bundle).`,
        runtimes: { kata: 'accepts' },
      },
    },
  },
  reads: ['linux.seccomp'],
  check(ctx) {
    const linux = ctx.config.linux;
    if (!linux?.seccomp) return;
    const override = annotation(ctx, ANNOTATION);
    if (override !== undefined && GO_FALSE.has(override)) return;
    ctx.report({ messageId: 'notApplied', node: linux, key: 'seccomp' });
  },
});
