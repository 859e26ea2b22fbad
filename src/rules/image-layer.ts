import { defineEngineRule } from './api.js';

// Reported by the engine while it streams a container image's layers (docs/images.md, layer.md
// of the image-spec): a layer must be the tar archive its media type says (gzip, zstd or none),
// readable to its end, with entry names that stay inside the root, and hard links to files that
// exist. A layer that inflates far past its size, or an image with more entries than ocilint
// indexes, is stopped there (a decompression bomb costs bounded time and memory), and so are the
// rootfs checks: what was not read cannot be told from what is missing.
const SKIPPED = 'Rootfs checks are skipped: the layers after the damage are unknown.';

export default defineEngineRule({
  id: 'image-layer',
  description: "A container image's layers must be readable tar archives of the compression their media type says, with safe entry names, of a sane size.",
  category: 'syntax',
  defaultSeverity: 'error',
  spec: { url: 'https://github.com/opencontainers/image-spec/blob/v1.1.0/layer.md#distributable-format', level: 'MUST' },
  messages: {
    mediaType: {
      headline: '{{layer}} of {{image}} is {{actual}}, but its media type says "{{mediaType}}"',
      detail: 'ocilint read it as its bytes say; containerd and umoci go by the media type and fail to unpack it.',
      help: 'Rebuild the manifest with the layer\'s real media type.',
    },
    compression: { headline: '{{layer}} of {{image}} is {{detail}}, which no converter reads', detail: SKIPPED, help: 'Rebuild the layer as tar+gzip or tar+zstd.' },
    corrupt: { headline: '{{layer}} of {{image}} cannot be decompressed', detail: `{{detail}}. ${SKIPPED}`, help: 'Copy the image again from its source.' },
    tar: { headline: '{{layer}} of {{image}} is a damaged tar archive', detail: `{{detail}}. ${SKIPPED}`, help: 'Copy the image again from its source.' },
    bomb: {
      headline: '{{layer}} of {{image}} inflates to over {{inflated}} from {{compressed}}: stopped',
      detail: `A layer may inflate to at most ${'{{limit}}'}; this one looks like a decompression bomb, built to exhaust the disk or memory of whatever unpacks it. ${SKIPPED}`,
      help: 'Check where the image comes from; a real layer of this size is better split, or stored less compressible.',
    },
    tooManyEntries: { headline: '{{layer}} of {{image}} takes the image past {{limit}} entries: stopped', detail: SKIPPED, help: 'Check where the image comes from.' },
    climbsOut: {
      headline: '{{layer}} of {{image}} has entry "{{entry}}", which climbs out of the root',
      detail: 'An entry whose name has ".." components would be written outside the rootfs by a careless extractor (a path traversal). ocilint skips it; umoci and containerd refuse the layer.',
      help: 'Rebuild the layer from a directory: its entries are then relative to it.',
    },
    absolute: {
      headline: '{{layer}} of {{image}} has entry "{{entry}}", an absolute name',
      detail: 'Extractors write it relative to the rootfs (as ocilint reads it), but a careless one writes it on the host.',
      help: 'Rebuild the layer with names relative to the root (tar -C dir .).',
      severity: 'warning',
    },
    whiteout: { headline: '{{layer}} of {{image}} has whiteout "{{entry}}", which names no file', help: 'Remove the entry.', severity: 'warning' },
    hardlink: {
      headline: '{{layer}} of {{image}} has hard link "{{entry}}" to "{{target}}", which no layer has',
      detail: 'A hard link must name a file of this layer or of a lower one; extraction fails. ocilint leaves the link out.',
      help: 'Rebuild the layer so that the link\'s target is in it or below it.',
    },
    hardlinkDir: { headline: '{{layer}} of {{image}} has hard link "{{entry}}" to a directory, "{{target}}"', detail: 'Hard links to directories are not allowed (layer.md, "Hardlinks").', help: 'Rebuild the layer.' },
  },
});
