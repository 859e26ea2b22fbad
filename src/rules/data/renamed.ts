/**
 * Rule ids renamed before the first release, old -> new. `host-` now names only the rules that
 * read this machine (--host-specific); the rules about sharing the host's namespaces are
 * `shared-*-namespace`. An old id is still accepted, with a warning, wherever a user writes rule
 * ids: configuration files, --rule, --explain, --suppress-rule, suppression annotations and the
 * suppressions file.
 */
export const RENAMED_RULES: Readonly<Record<string, string>> = {
  'host-cgroup-namespace': 'shared-cgroup-namespace',
  'host-hooks': 'hook-runs-on-host',
  'host-ipc-namespace': 'shared-ipc-namespace',
  'host-mount-namespace': 'shared-mount-namespace',
  'host-network-namespace': 'shared-network-namespace',
  'host-path-mount': 'mount-host-path',
  'host-pid-namespace': 'shared-pid-namespace',
  'host-uts-namespace': 'shared-uts-namespace',
};

/** The current id of a renamed rule id, or undefined. */
export function renamedRule(id: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(RENAMED_RULES, id) ? RENAMED_RULES[id] : undefined;
}
