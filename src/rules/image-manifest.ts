import { defineEngineRule } from './api.js';

// Reported by the engine while it walks a container image from its top (docs/images.md): the
// oci-layout file and index.json of an OCI layout (image-layout.md), nested indexes, the manifest
// and the descriptors in it (manifest.md), or the manifest.json of a `docker save` archive. Each
// must be readable JSON of the expected shape; an index that includes itself is a loop, stopped
// and reported, never followed; a manifest must name an image config (not another media type) and
// as many layers as the config's rootfs.diff_ids.
const NO_IMAGE = 'ocilint cannot tell which config and layers make the image, so it is not linted.';

export default defineEngineRule({
  id: 'image-manifest',
  description: "A container image's layout, index and manifest must be well-formed, loop-free, and name an image config and its layers.",
  category: 'syntax',
  defaultSeverity: 'error',
  spec: { url: 'https://github.com/opencontainers/image-spec/blob/v1.1.0/manifest.md#image-manifest-property-descriptions', level: 'MUST' },
  messages: {
    badJson: { headline: '{{what}} of {{image}} is not valid JSON: {{detail}}', detail: `{{blob}} cannot be parsed. ${NO_IMAGE}`, help: 'Copy the image again, or rebuild it.' },
    noLayoutFile: {
      headline: '{{image}} has no readable oci-layout file',
      detail: 'An OCI image layout must have an oci-layout file naming its imageLayoutVersion; tools such as skopeo and umoci refuse a directory without one.',
      help: 'Add the file: {"imageLayoutVersion": "1.0.0"}.',
      severity: 'warning',
    },
    layoutVersion: { headline: '{{image}}: oci-layout names imageLayoutVersion "{{version}}", not "1.0.0"', help: 'Set "imageLayoutVersion" to "1.0.0".', severity: 'warning' },
    badIndex: { headline: '{{where}} of {{image}} has no manifests array', detail: NO_IMAGE, help: 'Rebuild the index, or copy the image again.' },
    badDescriptor: { headline: '{{where}} of {{image}} is not a usable descriptor: {{detail}}', detail: 'A descriptor names a blob by its digest ("sha256:" and 64 hex digits).', help: 'Rebuild the index or manifest with a tool that writes descriptors.' },
    loop: {
      headline: '{{where}} of {{image}} includes index {{digest}}, which includes it: a loop',
      detail: 'The loop was not followed. A client that follows it never finishes resolving the image.',
      help: 'Remove the descriptor that points back at an enclosing index.',
    },
    tooDeep: { headline: '{{where}} of {{image}} nests indexes more than {{depth}} deep', detail: 'Deeper indexes were not followed.', help: 'Flatten the index.' },
    badManifest: { headline: '{{where}} of {{image}} is not a usable manifest: {{detail}}', detail: NO_IMAGE, help: 'Rebuild the image, or copy it again.' },
    configType: {
      headline: '{{where}} of {{image}} names a config of media type "{{mediaType}}", not an image config',
      detail: 'An image manifest must reference an image config (application/vnd.oci.image.config.v1+json); this one references something else, so it is not a runnable image (an artifact, perhaps).',
      help: 'Lint a manifest that describes a container image.',
    },
    layerType: {
      headline: '{{where}} of {{image}} has media type "{{mediaType}}", not a layer type',
      detail: 'ocilint reads the blob as a tar layer anyway, as its bytes say.',
      help: 'Use one of the image-spec\'s layer media types (application/vnd.oci.image.layer.v1.tar+gzip).',
      severity: 'warning',
    },
    diffIds: {
      headline: 'The manifest of {{image}} has {{layers}} layers, its config {{diffIds}} diff_ids',
      detail: 'Each layer must have its diff_id in the config, in order: the manifest does not describe the config it names.',
      help: 'Rebuild the image.',
    },
    compressed: {
      headline: '{{image}} is a compressed image archive, which ocilint does not stream',
      detail: 'Each layer would have to be decompressed from the start of the archive again; ocilint reads an image from an OCI layout directory, or from an uncompressed docker save or oci-archive tar.',
      help: 'Decompress it and lint the .tar (gunzip -k {{image}}); or get a bundle from it: skopeo copy docker-archive:ARCHIVE.tar oci:img:latest (oci-archive:ARCHIVE.tar for an OCI archive), then umoci unpack --image img:latest bundle.',
    },
    fromStdin: {
      headline: '{{image}} is a container image archive, which ocilint reads from a file only',
      detail: 'Its layers are read one by one from the archive on disk.',
      help: 'Save the stream to a file and lint the file (ocilint image.tar), or lint the OCI layout directory.',
    },
    noImage: { headline: '{{image}} holds no image manifest', detail: 'Its index lists no manifest of a container image.', help: 'Copy an image into the layout (skopeo copy ... oci:DIR:TAG).' },
  },
});
