// `linux.namespaces`: the one answer to each question about a bundle's namespaces.

import type { BundleFacts } from './facts.js';
import type { Namespace } from './view.js';
import type { Where } from './places.js';
import { idMappings, processUid } from './users.js';

export interface NamespaceEntry {
  /** Its index in linux.namespaces. */
  readonly index: number;
  readonly node: Namespace;
  readonly type: string;
  /** undefined when absent; "" is kept so callers can tell it apart. */
  readonly path: string | undefined;
  /** The path of the namespace it joins; undefined for a new one (no path, or "", which runtimes read as none). */
  readonly joinedPath: string | undefined;
}

/** The entries of linux.namespaces that have a string type, in order. */
export function namespaces(facts: BundleFacts): readonly NamespaceEntry[] {
  return facts.memo(entriesOf);
}

function entriesOf(facts: BundleFacts): readonly NamespaceEntry[] {
  const out: NamespaceEntry[] = [];
  const list = facts.config.linux?.namespaces;
  if (!list) return out;
  for (let index = 0; index < list.length; index++) {
    const node = list[index];
    if (node?.type === undefined) continue;
    const path = node.path;
    out.push({ index, node, type: node.type, path, joinedPath: path === undefined || path === '' ? undefined : path });
  }
  return out;
}

/** The first entry of a namespace type, if the config lists one. */
export function findNamespace(facts: BundleFacts, type: string): NamespaceEntry | undefined {
  return namespaces(facts).find((n) => n.type === type);
}

/** The config lists a namespace of this type (to create, or to join by path). */
export function hasNamespace(facts: BundleFacts, type: string): boolean {
  return findNamespace(facts, type) !== undefined;
}

/** The runtime creates a fresh namespace of this type: listed without a path (or with an empty one). */
export function hasNewNamespace(facts: BundleFacts, type: string): boolean {
  const n = findNamespace(facts, type);
  return n !== undefined && n.joinedPath === undefined;
}

/** The file under /proc/<pid>/ns/ for each namespace type. */
const NS_FILE: Readonly<Record<string, string>> = { network: 'net', mount: 'mnt', pid: 'pid', ipc: 'ipc', uts: 'uts', user: 'user', cgroup: 'cgroup', time: 'time' };

/** A namespace path that names the host's own namespace (that of PID 1 or of the runtime itself). */
export function isHostNsPath(path: string, type?: string): boolean {
  const m = /^\/proc\/(?:1|self|thread-self)\/ns\/([a-z_]+)\/?$/.exec(path.replace(/\/+/g, '/'));
  if (!m) return false;
  // A file of another kind (type "ipc" with .../ns/net) is not this namespace of the host; the
  // runtime fails to join it (host-namespace-path says so with --host-specific).
  if (type === undefined) return true;
  const file = Object.prototype.hasOwnProperty.call(NS_FILE, type) ? NS_FILE[type] : undefined;
  return m[1] === file || (type === 'pid' && m[1] === 'pid_for_children');
}

/** The config asks for a user namespace (new, or joined) other than the host's. */
export function hasUserns(facts: BundleFacts): boolean {
  return namespaces(facts).some((n) => n.type === 'user' && !(n.joinedPath !== undefined && isHostNsPath(n.joinedPath, 'user')));
}

/** The process is the host's root: uid 0 (processUid: also when no uid is set) and no user namespace but the host's. */
export function runsAsHostRoot(facts: BundleFacts): boolean {
  return processUid(facts) === 0 && !hasUserns(facts);
}

/**
 * The container gets a user namespace of its own whose uid mappings leave out the host's root: in
 * the host's other namespaces (all owned by the host's user namespace) it holds no capability, so
 * it can do there only what an unprivileged host user can. False when that cannot be told from
 * the config: a user namespace joined by path, or one without mappings (crun fills them in).
 */
export function confinedByUserns(facts: BundleFacts): boolean {
  const user = namespaces(facts).find((n) => n.type === 'user');
  if (user === undefined || user.joinedPath !== undefined) return false;
  const maps = idMappings(facts, 'uidMappings');
  return maps !== undefined && maps.length > 0 && !maps.some((m) => m.hostID === 0 && m.size > 0);
}


/**
 * Where a finding about a missing namespace points: at linux.namespaces when the list exists,
 * else at the `linux` key, else at the whole document. `kind` says which.
 */
function missingNamespaceAt(facts: BundleFacts): { kind: 'list' | 'linux' | 'root'; at: Where } {
  const linux = facts.config.linux;
  if (linux?.namespaces) return { kind: 'list', at: { node: linux, key: 'namespaces' } };
  if (linux) return { kind: 'linux', at: { key: 'linux', target: 'key' } };
  return { kind: 'root', at: {} };
}

/**
 * How the container shares a namespace of `type` with the host, or undefined when it has its own
 * (or when linux.namespaces has schema findings, which say what is wrong first).
 * `missing`: no entry of that type; `hostPath`: an entry that joins the host's namespace.
 */
export function hostNamespace(facts: BundleFacts, type: string): { kind: 'missing'; kindAt: 'list' | 'linux' | 'root'; at: Where } | { kind: 'hostPath'; entry: NamespaceEntry; path: string } | undefined {
  if (!facts.valid(facts.config, 'linux', 'namespaces')) return undefined;
  const entries = namespaces(facts).filter((n) => n.type === type);
  if (entries.length === 0) {
    const missing = missingNamespaceAt(facts);
    return { kind: 'missing', kindAt: missing.kind, at: missing.at };
  }
  const host = entries.find((n) => n.joinedPath !== undefined && isHostNsPath(n.joinedPath, type));
  if (host) return { kind: 'hostPath', entry: host, path: host.joinedPath! };
  return undefined;
}
