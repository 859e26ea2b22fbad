// The rule registry: one line per rule, kept in alphabetical order. Everything else (docs index,
// presets, --list-rules, SARIF descriptors) is derived from the metadata of the rules listed here.

export { default as configFileReadable } from './config-file-readable.js';
export { default as freebsdDevices } from './freebsd-devices.js';
export { default as freebsdJailNetwork } from './freebsd-jail-network.js';
export { default as hookArgsProgram } from './hook-args-program.js';
export { default as hookEnvFormat } from './hook-env-format.js';
export { default as hookPathAbsolute } from './hook-path-absolute.js';
export { default as hookPrestartDeprecated } from './hook-prestart-deprecated.js';
export { default as hooksPlatform } from './hooks-platform.js';
export { default as jsonBom } from './json-bom.js';
export { default as jsonDuplicateKey } from './json-duplicate-key.js';
export { default as jsonEncoding } from './json-encoding.js';
export { default as jsonSyntax } from './json-syntax.js';
export { default as mountBindOption } from './mount-bind-option.js';
export { default as mountBindSource } from './mount-bind-source.js';
export { default as mountDestinationAbsolute } from './mount-destination-absolute.js';
export { default as mountDestinationRoot } from './mount-destination-root.js';
export { default as mountDuplicateDestination } from './mount-duplicate-destination.js';
export { default as mountIdmap } from './mount-idmap.js';
export { default as mountInsideProc } from './mount-inside-proc.js';
export { default as mountNulByte } from './mount-nul-byte.js';
export { default as mountOptionUnknown } from './mount-option-unknown.js';
export { default as mountProcPresent } from './mount-proc-present.js';
export { default as ociVersion } from './oci-version.js';
export { default as processArgsExecutable } from './process-args-executable.js';
export { default as processArgsNonempty } from './process-args-nonempty.js';
export { default as processCwdAbsolute } from './process-cwd-absolute.js';
export { default as rootPathExists } from './root-path-exists.js';
export { default as vmPathsAbsolute } from './vm-paths-absolute.js';
export { default as windowsMountNested } from './windows-mount-nested.js';
export { default as windowsMountType } from './windows-mount-type.js';
export { default as windowsNetworkNamespace } from './windows-network-namespace.js';
export { default as windowsProcessCommand } from './windows-process-command.js';
export { default as windowsResourcesCpu } from './windows-resources-cpu.js';
export { default as windowsRoot } from './windows-root.js';
export { default as zosNamespaces } from './zos-namespaces.js';
