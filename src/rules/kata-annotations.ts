import { defineRule, specUrl } from './api.js';
import { renameKeyUnlessTaken } from './util/fixes.js';
import { DEFAULT_ENABLED, FORMERLY_ENABLED, HYPERVISOR_PREFIX, kataAnnotations, KATA_PREFIX, enabledByDefault, kindText, parses } from './data/kata-annotations.js';
import { KATA_VERSIONS, podRole } from './util/kata.js';
import { editDistance } from '../core/suggest.js';

// The io.katacontainers.* annotations, as Kata's Go runtime reads them
// (src/runtime/pkg/oci/utils.go): only from the bundle that starts the VM (a pod's sandbox, or a
// container outside a pod; SandboxConfig -> addAnnotations), except the container.resource.* keys,
// which every container's bundle carries (src/runtime/virtcontainers/container.go). There:
// - a key under io.katacontainers.config.hypervisor. must match enable_annotations in Kata's
//   configuration, or Kata refuses to start the VM ("annotation ... is not enabled");
// - a value Kata cannot parse as its key's type refuses the VM too, as does a default_memory below
//   256 MiB (virtcontainers/hypervisor.go, MinHypervisorMemory);
// - any other key under io.katacontainers. is ignored. The table is in data/kata-annotations.ts.
const ENABLED = DEFAULT_ENABLED.map((e) => `${e.name} (${e.releases})`).join(', ');
const FORMERLY = FORMERLY_ENABLED.map((e) => `${e.name} from ${e.releases}`).join(', ');

export default defineRule({
  meta: {
    id: 'kata-annotations',
    description: 'io.katacontainers.* annotations must be keys Kata knows, with values it parses, and hypervisor keys must be enabled in its configuration.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configAnnotations'), level: 'MAY' },
    targets: ['kata'],
    runtimeVersions: KATA_VERSIONS,
    platforms: ['linux'],
    suggests: 'renaming a misspelt key to the nearest key Kata reads.',
    messages: {
      notEnabled: {
        headline: 'annotations["{{key}}"] is not in Kata\'s enable_annotations: the pod fails',
        detail: `Kata takes a hypervisor annotation only when its name matches an entry of enable_annotations in its configuration.toml, and refuses to start the VM otherwise ("annotation ... is not enabled"). The shipped configuration enables ${ENABLED}; it also enabled ${FORMERLY}.`,
        help: 'Add "{{name}}" to enable_annotations in Kata\'s configuration (those naming host programs or paths are restricted for a reason), or remove the annotation{{suggestion}}.',
        runtimes: { kata: 'refuses' },
      },
      badValue: {
        headline: 'annotations["{{key}}"] "{{value}}" is not {{expected}}: Kata refuses the pod',
        detail: 'Kata parses this annotation when it starts the VM and refuses to start it when the value does not parse ("Error parsing annotation for ...").',
        help: 'Write {{expected}}.',
        runtimes: { kata: 'refuses' },
      },
      tooSmall: {
        headline: 'annotations["{{key}}"] asks for {{value}} MiB: Kata needs at least 256',
        detail: 'Kata refuses to start a VM with less than 256 MiB of default memory ("less than minimum required").',
        help: 'Ask for 256 MiB or more, or leave the annotation out to get the configured default_memory.',
        runtimes: { kata: 'refuses' },
      },
      unknown: {
        headline: 'annotations["{{key}}"] is not an annotation Kata reads: it is ignored',
        detail: 'Kata reads a fixed set of io.katacontainers.* keys (documented in docs/how-to/how-to-set-sandbox-config-kata.md) and ignores any other, so a misspelt key changes nothing.',
        help: 'Check the key against Kata\'s list{{suggestion}}.',
        severity: 'warning',
        runtimes: { kata: 'accepts' },
      },
      rsOnly: {
        headline: 'annotations["{{key}}"] is read by Kata\'s runtime-rs only',
        detail: 'Kata\'s Go runtime (containerd-shim-kata-v2, the default in 3.x) does not know this key and ignores it; runtime-rs (containerd-shim-kata-v2 built from src/runtime-rs) reads it.',
        help: 'Run the pod with a runtime-rs configuration, or set the value in the Go runtime\'s configuration.toml.',
        severity: 'info',
        runtimes: { kata: 'accepts' },
      },
      notSandbox: {
        headline: 'annotations["{{key}}"] is read from the pod\'s sandbox only: ignored here',
        detail: 'Kata reads its sandbox settings from the bundle that starts the VM, the pod\'s sandbox container; on a container added to the pod this annotation changes nothing.',
        help: 'Put the annotation on the pod (containerd passes the ones its pod_annotations list allows to the sandbox).',
        severity: 'info',
        runtimes: { kata: 'accepts' },
      },
    },
  },
  reads: ['annotations'],
  check(ctx) {
    const annotations = ctx.config.annotations;
    if (!annotations) return;
    const startsVm = podRole(ctx) !== 'container';
    for (const [key, value] of Object.entries(annotations)) {
      if (value === undefined || !key.startsWith(KATA_PREFIX) || key.startsWith(`${KATA_PREFIX}fs-opt.`)) continue;
      const at = { node: annotations, key, target: 'key' as const };
      const known = kataAnnotations().get(key);
      // Kata checks every hypervisor key against enable_annotations first, known or not; a known
      // key's value still matters to a configuration that enables it.
      const hypervisorName = startsVm && key.startsWith(HYPERVISOR_PREFIX) ? key.slice(HYPERVISOR_PREFIX.length) : undefined;
      const refused = hypervisorName !== undefined && !enabledByDefault(hypervisorName);
      const near = known ? undefined : nearestKey(key);
      const rename = near === undefined ? undefined : renameKeyUnlessTaken(annotations, key, near, `Rename it "${near}"`);
      const suggestions = rename ? [rename] : [];
      const didYouMean = near === undefined ? '' : ` (did you mean "${near}"?)`;
      if (refused) ctx.report({ ...at, messageId: 'notEnabled', data: { key, name: hypervisorName, suggestion: didYouMean }, suggestions });
      if (!known) {
        if (!refused) ctx.report({ ...at, messageId: 'unknown', data: { key, suggestion: didYouMean }, suggestions });
        continue;
      }
      if (known.rsOnly) {
        if (!refused) ctx.report({ ...at, messageId: 'rsOnly', data: { key } });
        continue;
      }
      if (known.scope === 'sandbox' && !startsVm) {
        ctx.report({ ...at, messageId: 'notSandbox', data: { key } });
        continue;
      }
      const valueAt = { node: annotations, key };
      if (!parses(known.kind, value)) ctx.report({ ...valueAt, messageId: 'badValue', data: { key, value, expected: kindText(known.kind) } });
      else if (known.min !== undefined && Number(value) < known.min) ctx.report({ ...valueAt, messageId: 'tooSmall', data: { key, value } });
    }
  },
});

/**
 * The known key nearest a misspelt one, if one is near enough: at most three edits, whatever the
 * key's length (core/suggest's closest allows a third of the length, far too many for keys of
 * forty characters that differ in their last word).
 */
function nearestKey(key: string): string | undefined {
  let best: string | undefined;
  let bestDistance = 4;
  for (const known of kataAnnotations().keys()) {
    const d = editDistance(key, known, bestDistance - 1);
    if (d < bestDistance) [best, bestDistance] = [known, d];
  }
  return best;
}
