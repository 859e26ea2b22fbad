// The rule registry: one line per rule, kept in alphabetical order. Everything else (docs index,
// presets, --list-rules, SARIF descriptors) is derived from the metadata of the rules listed here.

export { default as configFileReadable } from './config-file-readable.js';
export { default as configSchema } from './config-schema.js';
export { default as crunOciVersion } from './crun-oci-version.js';
export { default as crunRequiredBlocks } from './crun-required-blocks.js';
export { default as fieldVersion } from './field-version.js';
export { default as jsonBom } from './json-bom.js';
export { default as jsonDuplicateKey } from './json-duplicate-key.js';
export { default as jsonEncoding } from './json-encoding.js';
export { default as jsonSyntax } from './json-syntax.js';
export { default as kataHostNetwork } from './kata-host-network.js';
export { default as kataUnsupportedSettings } from './kata-unsupported-settings.js';
export { default as ociVersion } from './oci-version.js';
export { default as processArgsExecutable } from './process-args-executable.js';
export { default as processArgsNonempty } from './process-args-nonempty.js';
export { default as processCwdAbsolute } from './process-cwd-absolute.js';
export { default as rootPathExists } from './root-path-exists.js';
export { default as runcDomainnameIgnored } from './runc-domainname-ignored.js';
export { default as runcSeccompFlags } from './runc-seccomp-flags.js';
export { default as unknownProperty } from './unknown-property.js';
export { default as youkiRequiredBlocks } from './youki-required-blocks.js';
