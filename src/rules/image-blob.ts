import { defineEngineRule } from './api.js';

// Reported by the engine while it reads a container image (docs/images.md): every blob the image
// names must be there and be what its descriptor says, byte for byte. The image-spec addresses
// content by digest (descriptor.md, "Digests"): a blob whose bytes hash to something else is
// corrupt or tampered with, and registries, containerd and umoci refuse it. Layers are checked
// twice: the blob against the manifest's digest, and its decompressed tar against the config's
// rootfs.diff_ids. The finding names the image, the blob and what refers to it.
const SKIPPED = 'Without it there is no config to convert, or no complete rootfs: the checks that need it are skipped.';

export default defineEngineRule({
  id: 'image-blob',
  description: "Every blob a container image names must be present, and match its descriptor's digest and size.",
  category: 'syntax',
  defaultSeverity: 'error',
  spec: { url: 'https://github.com/opencontainers/image-spec/blob/v1.1.0/descriptor.md#digests', level: 'MUST' },
  messages: {
    missing: {
      headline: '{{what}} of {{image}} is missing: no {{blob}}',
      detail: `The image is incomplete (a partial copy or pull). ${SKIPPED}`,
      help: 'Copy the image again (skopeo copy, docker save) and check that the copy finished.',
    },
    unreadable: {
      headline: '{{what}} of {{image}} cannot be read: {{blob}}: {{detail}}',
      detail: SKIPPED,
      help: 'Make the blob a readable regular file, or copy the image again.',
    },
    digest: {
      headline: '{{what}} of {{image}} does not match its digest',
      detail: '{{blob}} hashes to {{actual}}, and its descriptor says {{expected}}: the blob is corrupt or was changed after the manifest was written. Registries, containerd and umoci refuse it.',
      help: 'Copy the image again from its source; if the blob was changed on purpose, rebuild the image so that the manifest names the new digest.',
    },
    size: {
      headline: '{{what}} of {{image}} is {{actual}} bytes; its descriptor says {{expected}}',
      detail: 'The descriptor and the blob {{blob}} disagree: the blob is cut short or was changed.',
      help: 'Copy the image again from its source.',
    },
    diffId: {
      headline: '{{what}} of {{image}} does not match the config\'s rootfs.diff_ids',
      detail: 'The decompressed tar of {{blob}} hashes to {{actual}}, and the image config lists {{expected}}: the layer is not the one the config was built with.',
      help: 'Rebuild the image, or copy it again from its source.',
    },
  },
});
