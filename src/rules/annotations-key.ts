import { defineRule, specUrl } from './api.js';
import { isReserved, KNOWN_KEYS, runtimeSpecDefines } from './data/annotations.js';

// config.md "Annotations": keys must not be empty, and the org.opencontainers namespace is
// reserved. Before 1.2.0 the runtime-spec defined no key there; 1.2.0 lists eight
// org.opencontainers.image.* keys and says keys in the namespace must be as it describes.
// The image-spec's conversion rules make converters write org.opencontainers.image.* keys (umoci
// writes exposedPorts with ociVersion 1.0.0, Podman writes stopSignal), and images carry the
// image-spec's pre-defined keys as labels, which conversion copies. So those are fine whatever the
// version (oci-runtime-tool calls them all a MUST violation: a bug we do not repeat); any other
// key in the namespace is a warning. Runtimes ignore unknown annotations. Keys under dev.ocilint.
// are ocilint's own and not judged here. A key without a namespace in a converted config is most
// likely an image label (image-spec conversion.md, "Annotation Fields": Config.Labels become
// annotations): info there, since the config's author did not choose it.
export default defineRule({
  meta: {
    id: 'annotations-key',
    description: 'Annotation keys must not be empty, should be namespaced, and keys in the reserved org.opencontainers namespace should be ones an OCI specification defines.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configAnnotations'), level: 'MUST' },
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    messages: {
      empty: {
        headline: 'annotations has an empty key',
        detail: 'The spec does not allow an empty annotation key.',
        help: 'Give the annotation a namespaced key, or remove it.',
        runtimes: { runc: 'accepts', crun: 'accepts' },
      },
      wrongCase: {
        headline: 'annotations key "{{key}}" differs from "{{suggestion}}" only in case',
        detail: 'Annotation keys are case-sensitive, and this one is in the reserved org.opencontainers namespace, where only the keys the OCI specifications define belong.',
        help: 'Write the key as "{{suggestion}}".',
        cases: {
          notRuntimeSpec: { severity: 'warning', when: 'for a key only the image-spec defines, or in a config of a release before 1.2.0' },
        },
        runtimes: { runc: 'accepts', crun: 'accepts' },
      },
      notReverseDomain: {
        headline: 'annotations key "{{key}}" has no namespace',
        detail: 'Annotation keys should use reverse domain notation. Only a key without any dot is reported: Kubernetes-style keys such as "kubernetes.io/..." are namespaced too.',
        help: 'Prefix the key with a domain of your own, such as "com.example.{{key}}".',
        severity: 'warning',
        cases: {
          imageLabel: {
            severity: 'info',
            when: 'in a config converted from an image, which has org.opencontainers.image.* annotations: there the key is most likely an image label',
          },
        },
        runtimes: { runc: 'accepts', crun: 'accepts' },
      },
      reserved: {
        headline: 'annotations key "{{key}}" is in the reserved org.opencontainers namespace',
        detail: 'The namespace is reserved for the OCI specifications, and none of them defines this key. Runtimes ignore annotations they do not know.',
        help: 'Move the annotation to a namespace of your own, such as "com.example.".',
        severity: 'warning',
        runtimes: { runc: 'accepts', crun: 'accepts' },
      },
    },
  },
  reads: ['annotations'],
  check(ctx) {
    const annotations = ctx.config.annotations;
    // A value that is not a string leaves the whole map to config-schema.
    if (!annotations || !ctx.valid(ctx.config, 'annotations')) return;
    // The image-spec's conversion copies an image's labels into annotations ("maintainer" is a
    // common one); a converter also writes org.opencontainers.image.* keys, which tell such a config.
    const converted = Object.keys(annotations).some((k) => k.startsWith('org.opencontainers.image.'));
    for (const key of Object.keys(annotations)) {
      const place = { node: annotations, key, target: 'key' } as const;
      if (key === '') {
        ctx.report({ messageId: 'empty', ...place });
        continue;
      }
      // The spec recommends reverse domain notation. Only a key without any dot is reported:
      // Kubernetes-style keys ("kubernetes.io/...") that CRI-O copies from pods are namespaced too.
      if (!key.includes('.')) {
        ctx.report({ messageId: 'notReverseDomain', ...place, ...(converted && { case: 'imageLabel' }), data: { key } });
        continue;
      }
      if (key.startsWith('dev.ocilint.') || !isReserved(key) || KNOWN_KEYS.includes(key)) continue;
      const suggestion = KNOWN_KEYS.find((k) => k.toLowerCase() === key.toLowerCase());
      if (suggestion) {
        ctx.report({ messageId: 'wrongCase', ...place, ...(!runtimeSpecDefines(ctx.specVersion, suggestion) && { case: 'notRuntimeSpec' }), data: { key, suggestion } });
        continue;
      }
      ctx.report({ messageId: 'reserved', ...place, data: { key } });
    }
  },
});
