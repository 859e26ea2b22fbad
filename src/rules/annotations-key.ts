import { defineRule, ptr, specUrl } from './api.js';
import { isReserved, KNOWN_KEYS, runtimeSpecDefines } from './data/annotations.js';

// config.md "Annotations": keys must not be empty, and the org.opencontainers namespace is
// reserved. Before 1.2.0 the runtime-spec defined no key there; 1.2.0 lists eight
// org.opencontainers.image.* keys and says keys in the namespace must be as it describes.
// The image-spec's conversion rules make converters write org.opencontainers.image.* keys (umoci
// writes exposedPorts with ociVersion 1.0.0, Podman writes stopSignal), and images carry the
// image-spec's pre-defined keys as labels, which conversion copies. So those are fine whatever the
// version (oci-runtime-tool calls them all a MUST violation: a bug we do not repeat); any other
// key in the namespace is a warning. Runtimes ignore unknown annotations. Keys under dev.ocilint.
// are ocilint's own and not judged here.
export default defineRule({
  meta: {
    id: 'annotations-key',
    description: 'Annotation keys must not be empty, should be namespaced, and keys in the reserved org.opencontainers namespace should be ones an OCI specification defines.',
    category: 'spec',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configAnnotations'), level: 'MUST' },
    runtimeVersions: 'runc 1.1.5, crun 1.8.1',
    runtimes: {
      empty: { runc: 'accepts', crun: 'accepts' },
      wrongCase: { runc: 'accepts', crun: 'accepts' },
      notReverseDomain: { runc: 'accepts', crun: 'accepts' },
      reserved: { runc: 'accepts', crun: 'accepts' },
    },
    messages: {
      empty: 'annotations has an empty key; keys must not be empty.',
      wrongCase: 'annotations key "{{key}}" should be written "{{suggestion}}"; keys are case-sensitive and this one is in the reserved org.opencontainers namespace.',
      notReverseDomain: 'annotations key "{{key}}" has no namespace; keys should use reverse domain notation such as "com.example.{{key}}".',
      reserved: 'annotations key "{{key}}" is in the org.opencontainers namespace, which is reserved for OCI specifications, and none defines it.',
    },
  },
  check(ctx) {
    const annotations = ctx.object('/annotations');
    if (!annotations || !ctx.isValid('/annotations')) return;
    for (const key of Object.keys(annotations)) {
      const pointer = ptr('annotations', key);
      if (key === '') {
        ctx.report({ messageId: 'empty', pointer, target: 'key' });
        continue;
      }
      // The spec recommends reverse domain notation. Only a key without any dot is reported:
      // Kubernetes-style keys ("kubernetes.io/...") that CRI-O copies from pods are namespaced too.
      if (!key.includes('.')) {
        ctx.report({ messageId: 'notReverseDomain', pointer, target: 'key', severity: 'warning', data: { key } });
        continue;
      }
      if (key.startsWith('dev.ocilint.') || !isReserved(key) || KNOWN_KEYS.includes(key)) continue;
      const suggestion = KNOWN_KEYS.find((k) => k.toLowerCase() === key.toLowerCase());
      if (suggestion) {
        ctx.report({ messageId: 'wrongCase', pointer, target: 'key', severity: runtimeSpecDefines(ctx.specVersion, suggestion) ? 'error' : 'warning', data: { key, suggestion } });
        continue;
      }
      ctx.report({ messageId: 'reserved', pointer, target: 'key', severity: 'warning', data: { key } });
    }
  },
});
