// The rule registry: one line per rule, kept in alphabetical order. Everything else (docs index,
// presets, --list-rules, SARIF descriptors) is derived from the metadata of the rules listed here.

export { default as annotationsKey } from './annotations-key.js';
export { default as annotationsValue } from './annotations-value.js';
export { default as configFileReadable } from './config-file-readable.js';
export { default as hostnameUtsNamespace } from './hostname-uts-namespace.js';
export { default as hostnameValid } from './hostname-valid.js';
export { default as jsonBom } from './json-bom.js';
export { default as jsonDuplicateKey } from './json-duplicate-key.js';
export { default as jsonEncoding } from './json-encoding.js';
export { default as jsonSyntax } from './json-syntax.js';
export { default as ociVersion } from './oci-version.js';
export { default as processApparmorProfile } from './process-apparmor-profile.js';
export { default as processArgsExecutable } from './process-args-executable.js';
export { default as processArgsNonempty } from './process-args-nonempty.js';
export { default as processCapabilityName } from './process-capability-name.js';
export { default as processCapabilitySets } from './process-capability-sets.js';
export { default as processConsoleSize } from './process-console-size.js';
export { default as processCwdAbsolute } from './process-cwd-absolute.js';
export { default as processCwdExists } from './process-cwd-exists.js';
export { default as processEnvEntries } from './process-env-entries.js';
export { default as processExecCpuAffinity } from './process-exec-cpu-affinity.js';
export { default as processIoPriority } from './process-io-priority.js';
export { default as processOomScoreAdj } from './process-oom-score-adj.js';
export { default as processRlimitDuplicate } from './process-rlimit-duplicate.js';
export { default as processRlimitType } from './process-rlimit-type.js';
export { default as processRlimitValues } from './process-rlimit-values.js';
export { default as processScheduler } from './process-scheduler.js';
export { default as processSelinuxLabel } from './process-selinux-label.js';
export { default as processUmask } from './process-umask.js';
export { default as processUserIds } from './process-user-ids.js';
export { default as rootPathConventional } from './root-path-conventional.js';
export { default as rootPathExists } from './root-path-exists.js';
