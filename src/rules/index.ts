// The rule registry: one line per rule, kept in alphabetical order. Everything else (docs index,
// presets, --list-rules, SARIF descriptors) is derived from the metadata of the rules listed here.

export { default as archiveReadable } from './archive-readable.js';
export { default as configFileReadable } from './config-file-readable.js';
export { default as jsonBom } from './json-bom.js';
export { default as jsonDuplicateKey } from './json-duplicate-key.js';
export { default as jsonEncoding } from './json-encoding.js';
export { default as jsonSyntax } from './json-syntax.js';
export { default as ociVersion } from './oci-version.js';
export { default as processArgsExecutable } from './process-args-executable.js';
export { default as processArgsNonempty } from './process-args-nonempty.js';
export { default as processCwdAbsolute } from './process-cwd-absolute.js';
export { default as rootPathExists } from './root-path-exists.js';
