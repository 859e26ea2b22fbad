// A raw config.json whose `linux` value starts on line 7, column 12, so tests of linux-* rules can
// assert positions: the n-th line of the given linux text is line 6 + n of the file.
export function rawLinux(linux: string, extra = ''): string {
  return [
    '{',
    '  "ociVersion": "1.3.0",',
    '  "process": {"terminal": false, "user": {"uid": 0, "gid": 0}, "args": ["/bin/sh"], "env": ["PATH=/usr/bin:/bin"], "cwd": "/"},',
    `  "root": {"path": "rootfs"},${extra}`,
    '  "hostname": "test",',
    '  "mounts": [{"destination": "/proc", "type": "proc", "source": "proc"}],',
    `  "linux": ${linux}`,
    '}',
    '',
  ].join('\n');
}

/** The base config's namespaces plus the given ones. */
export const BASE_NS = [{ type: 'pid' }, { type: 'mount' }, { type: 'uts' }, { type: 'ipc' }, { type: 'network' }];
export function withNs(...extra: Record<string, unknown>[]): Record<string, unknown>[] {
  return [...BASE_NS, ...extra];
}
