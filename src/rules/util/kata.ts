// What the Kata Containers rules (kata-*.ts) and the rules that speak of Kata share: when a finding
// should describe what Kata does, and which part of a Kubernetes pod a bundle is.
//
// The facts the rules state were read in kata-containers' own source at release tags (3.0.0 and
// 3.32.0; docs/kata.md lists each with its file). They describe the Go runtime,
// containerd-shim-kata-v2, which is what the `kata` runtime class runs in 3.x; where runtime-rs
// differs, the rule's page says so.

import type { BundleFacts } from '../api.js';
import { own } from './own.js';

/** The Kata releases the kata rules' claims were checked against. */
export const KATA_VERSIONS = 'Kata Containers 3.0.0 to 3.32.0 (Go runtime and agent source)';

/**
 * The findings describe Kata alone: `--target kata` is the only runtime named. With another
 * runtime beside it, the general wording stays (it holds for that runtime). This is the one place
 * outside the kata rules that asks which targets were named.
 */
export function describesKata(facts: BundleFacts): boolean {
  return facts.targets.size === 1 && facts.targets.has('kata');
}

/** Which part of a pod the bundle is, as Kata reads it from the CRI annotations. */
export type PodRole = 'sandbox' | 'container' | 'single';

// The annotation each CRI implementation writes, and its values (Kata's
// src/runtime/pkg/oci/utils.go, ContainerType and CRIContainerTypeList).
const CRI_TYPE_KEYS: Readonly<Record<string, { sandbox: string; container: string }>> = {
  'io.kubernetes.cri.container-type': { sandbox: 'sandbox', container: 'container' },
  'io.kubernetes.cri-o.ContainerType': { sandbox: 'sandbox', container: 'container' },
  'io.kubernetes.docker.type': { sandbox: 'podsandbox', container: 'container' },
};

/**
 * `sandbox`: the pod's sandbox (pause) container, which starts the VM; `container`: a container
 * added to a running pod VM; `single`: a bundle with no CRI annotation, which gets a VM of its own.
 */
export function podRole(facts: BundleFacts): PodRole {
  const annotations = facts.config.annotations;
  if (!annotations) return 'single';
  for (const [key, values] of Object.entries(CRI_TYPE_KEYS)) {
    const value = own(annotations, key);
    if (value === values.sandbox) return 'sandbox';
    if (value === values.container) return 'container';
  }
  return 'single';
}

/** The value of an annotation the bundle has, if any. */
export function annotation(facts: BundleFacts, key: string): string | undefined {
  const annotations = facts.config.annotations;
  return annotations ? own(annotations, key) : undefined;
}
