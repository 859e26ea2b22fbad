// Helpers for the security rule tests: a raw config built line by line, and the line/column of a
// token in it found by plain text search (independent of the parser under test).

export interface RawCase {
  raw: string;
  /** 1-based line and column of the first occurrence of `token` on the line containing `lineHint`. */
  at(lineHint: string, token: string): { line: number; column: number };
}

/** A whole config.json from the given top-level members (each a `"key": value` text on one line). */
export function rawConfig(...members: string[]): RawCase {
  const lines = ['{', '  "ociVersion": "1.3.0",', '  "root": {"path": "rootfs"},'];
  members.forEach((m, i) => lines.push(`  ${m}${i < members.length - 1 ? ',' : ''}`));
  lines.push('}', '');
  const raw = lines.join('\n');
  return {
    raw,
    at(lineHint, token) {
      const idx = lines.findIndex((l) => l.includes(lineHint));
      if (idx < 0) throw new Error(`no line contains ${lineHint}`);
      const col = lines[idx]!.indexOf(token);
      if (col < 0) throw new Error(`line ${idx + 1} has no ${token}`);
      return { line: idx + 1, column: col + 1 };
    },
  };
}

export const PROCESS = '"process": {"cwd": "/", "args": ["/bin/sh"], "env": ["PATH=/bin"], "user": {"uid": 0, "gid": 0}}';
export const NAMESPACES_ALL = '{"type": "pid"}, {"type": "mount"}, {"type": "uts"}, {"type": "ipc"}, {"type": "network"}';

/** A user namespace with an unprivileged mapping, as a config patch. */
export const USERNS = {
  linux: {
    namespaces: [{ type: 'pid' }, { type: 'mount' }, { type: 'uts' }, { type: 'ipc' }, { type: 'network' }, { type: 'user' }],
    uidMappings: [{ containerID: 0, hostID: 100000, size: 65536 }],
    gidMappings: [{ containerID: 0, hostID: 100000, size: 65536 }],
  },
};
