import { defineEngineRule, specUrl } from './api.js';

// Reported by the engine itself, in place of every other finding: a JSON object none of whose
// top-level keys is one the runtime-spec defines (package.json, a tsconfig, an image's config
// blob saved as config.json). Linted as a config it would get a finding per missing section and
// per foreign key, all with one cause. Found by a directory search, such a file is skipped with a
// note instead (the CLI and the library's lint()). An empty object is not caught here: it is a
// config with everything missing, and its findings say what to add. What counts as foreign is
// src/schema/document-kind.ts's.
export default defineEngineRule({
  id: 'not-oci-config',
  description: 'A file linted as config.json must be an OCI runtime config.',
  category: 'syntax',
  defaultSeverity: 'error',
  spec: { url: specUrl('config.md', 'configuration'), level: 'MUST' },
  messages: {
    foreign: {
      headline: 'not an OCI runtime config: no ociVersion, none of the spec\'s keys',
      detail: 'Its top-level keys are {{keys}}. No other rule ran on it.',
      help: 'Lint the config.json of a bundle (runc spec writes one). A directory search skips such files with a note.',
    },
    imageConfig: {
      headline: 'this is an OCI image config, not a runtime config',
      detail: 'It has the image-spec\'s configuration fields ({{keys}}): it describes an image, and a runtime cannot run it. No other rule ran on it.',
      help: 'Lint the image itself (its OCI layout directory or archive), or the bundle made from it (umoci unpack, or skopeo copy then umoci unpack).',
    },
  },
});
