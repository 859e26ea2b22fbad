// `mounts`: the one answer to each question about a bundle's mounts.
//
// What counts as a bind mount is decided by the options alone: runc (specconv's
// createLibcontainerMount, v1.1.5 to v1.3.x) and crun (linux.c, do_mounts, 1.8.1 to 1.2x) set
// MS_BIND only from a "bind" or "rbind" option, and ignore the type then. A mount whose type is
// "bind" without either option is not a bind mount: both runtimes hand the kernel a filesystem
// named "bind", which fails ("no such device"; runtime oracle, runc 1.1.5 and crun 1.8.1).

import type { BundleFacts } from './facts.js';
import type { Mount } from './view.js';
import { cleanPath } from './paths.js';

export interface MountEntry {
  /** Its index in `mounts`. */
  readonly index: number;
  /** The mount in the view: findings point into it (`{ node: m.node, key: 'source' }`). */
  readonly node: Mount;
  readonly destination: string | undefined;
  readonly type: string | undefined;
  readonly source: string | undefined;
  /** The string entries of `options`, with their index there. */
  readonly options: readonly MountOption[];
}

export interface MountOption {
  readonly index: number;
  readonly value: string;
}

/** Every mount of the config that is an object, in order: the same list for every rule of a bundle. */
export function mounts(facts: BundleFacts): readonly MountEntry[] {
  return facts.memo(entriesOf);
}

function entriesOf(facts: BundleFacts): readonly MountEntry[] {
  const list = facts.config.mounts;
  const out: MountEntry[] = [];
  if (!list) return out;
  for (let index = 0; index < list.length; index++) {
    const node = list[index];
    if (!node) continue;
    const options: MountOption[] = [];
    const opts = node.options;
    if (opts) {
      for (let i = 0; i < opts.length; i++) {
        const value = opts[i];
        if (value !== undefined) options.push({ index: i, value });
      }
    }
    out.push({ index, node, destination: node.destination, type: node.type, source: node.source, options });
  }
  return out;
}

/** Whether the mount has this option (as a string entry of `options`). */
export function hasOption(m: MountEntry, name: string): boolean {
  return m.options.some((o) => o.value === name);
}

/** A bind mount: its options hold "bind" or "rbind" (see the top of this file). */
export function isBind(m: MountEntry): boolean {
  return bindOption(m) !== undefined;
}

/** The option that makes it a bind mount, "bind" or "rbind" (the first given), or undefined. */
export function bindOption(m: MountEntry): 'bind' | 'rbind' | undefined {
  return m.options.find((o) => o.value === 'bind' || o.value === 'rbind')?.value as 'bind' | 'rbind' | undefined;
}

/**
 * What engines make for one container and bind into it, at their default storage locations: its
 * resolv.conf, hosts and hostname, its /dev/shm, Podman's .containerenv, and a Kubernetes pod's
 * /etc/hosts, termination log and volumes of the kinds the Pod Security Standards allow (emptyDir,
 * configMap, secret, projected, downwardAPI, CSI). The first group of each pattern is the
 * container's, sandbox's or pod's id. An engine with another data root is not recognised, and
 * nor is anything else in those directories (Docker's config.v2.json, a container's secrets).
 * Seen in generated configs:
 * - Docker: /var/lib/docker/containers/<id>/ (fixtures/real/docker-generated);
 * - containers/storage, for Podman and CRI-O: overlay-containers/<id>/userdata/ under the run root
 *   (/run/containers/storage) or the graph root (/var/lib/containers/storage)
 *   (fixtures/real/podman-generated), and the same under a rootless user's roots
 *   (/run/user/<uid>/containers, ~/.local/share/containers/storage);
 * - containerd's CRI plugin and the kubelet: io.containerd.grpc.v1.cri/sandboxes/<id>/ under
 *   /var/lib/containerd and /run/containerd, and /var/lib/kubelet/pods/<pod uid>/ (a pod's config
 *   in https://github.com/cri-o/cri-o/issues/3604).
 */
const HEX64 = '([0-9a-f]{64})';
const STORAGE = `overlay-containers/${HEX64}/userdata/(?:resolv\\.conf|hosts|hostname|\\.containerenv|shm)$`;
const ENGINE_SOURCES: readonly (readonly [RegExp, string])[] = [
  [new RegExp(`^/var/lib/docker/containers/${HEX64}/(?:resolv\\.conf|hostname|hosts|mounts/shm)$`), 'Docker'],
  [new RegExp(`^(?:/var)?/run/containers/storage/${STORAGE}`), 'Podman or CRI-O'],
  [new RegExp(`^/var/lib/containers/storage/${STORAGE}`), 'Podman or CRI-O'],
  [new RegExp(`^/run/user/\\d+/containers/${STORAGE}`), 'rootless Podman'],
  [new RegExp(`^/home/[^/]+/\\.local/share/containers/storage/${STORAGE}`), 'rootless Podman'],
  [new RegExp(`^(?:/var/lib|/run)/containerd/io\\.containerd\\.grpc\\.v1\\.cri/sandboxes/${HEX64}/(?:hostname|resolv\\.conf|hosts|shm)$`), 'containerd'],
  [
    /^\/var\/lib\/kubelet\/pods\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/(?:etc-hosts$|containers\/[^/]+\/[^/]+$|volumes\/kubernetes\.io~(?:empty-dir|configmap|secret|projected|downward-api|csi)\/[^/]+(?:\/|$)|volume-subpaths\/)/,
    'the kubelet',
  ],
];

/**
 * The engine that made each bind mount's source for this container (see ENGINE_SOURCES), by the
 * mount's index. A source with a ".." segment is never an engine's, and an engine's sources count
 * only when they name one id: a config that binds the files of two containers (or pods) of one
 * engine gets no engine source of that engine.
 */
export function engineSources(facts: BundleFacts): ReadonlyMap<number, string> {
  return facts.memo(engineSourcesOf);
}

function engineSourcesOf(facts: BundleFacts): ReadonlyMap<number, string> {
  const found: { index: number; engine: string; id: string }[] = [];
  for (const m of mounts(facts)) {
    const source = m.source;
    if (source === undefined || !source.startsWith('/') || !isBind(m) || /(?:^|\/)\.\.(?:\/|$)/.test(source)) continue;
    const clean = cleanPath(source);
    for (const [re, engine] of ENGINE_SOURCES) {
      const id = re.exec(clean)?.[1];
      if (id !== undefined) {
        found.push({ index: m.index, engine, id });
        break;
      }
    }
  }
  const ids = new Map<string, Set<string>>();
  for (const f of found) ids.set(f.engine, (ids.get(f.engine) ?? new Set()).add(f.id));
  return new Map(found.filter((f) => ids.get(f.engine)!.size === 1).map((f) => [f.index, f.engine]));
}

/**
 * The bind mounts of host paths someone chose: an absolute source (a relative one lies inside the
 * bundle directory, which the runtime resolves it against) that no engine made for this container
 * (engineSources). The one answer for the rules about host paths in the container
 * (mount-host-path, writable-host-mount, sensitive-host-mount).
 */
export function hostBinds(facts: BundleFacts): readonly (MountEntry & { readonly source: string; readonly destination: string })[] {
  return facts.memo(hostBindsOf);
}

function hostBindsOf(facts: BundleFacts): readonly (MountEntry & { readonly source: string; readonly destination: string })[] {
  const engine = engineSources(facts);
  return mounts(facts).filter(
    (m): m is MountEntry & { source: string; destination: string } =>
      m.destination !== undefined && m.source !== undefined && m.source.startsWith('/') && isBind(m) && !engine.has(m.index),
  );
}

/** Read-only: the last of ro/rw/rro/rrw wins, as mount(8) and the runtimes read the options left to right. */
export function isReadOnly(m: MountEntry): boolean {
  let ro = false;
  for (const o of m.options) {
    if (o.value === 'ro' || o.value === 'rro') ro = true;
    else if (o.value === 'rw' || o.value === 'rrw') ro = false;
  }
  return ro;
}

/**
 * A mount that starts out empty, hiding what the rootfs has at its destination: a tmpfs or ramfs
 * that is not a bind mount and not filled by `tmpcopyup` (runc and crun copy the rootfs's
 * directory into the tmpfs then).
 */
export function startsEmpty(m: MountEntry): boolean {
  if (m.type !== 'tmpfs' && m.type !== 'ramfs') return false;
  return !isBind(m) && !hasOption(m, 'tmpcopyup');
}

/**
 * Destinations of mounts (cleaned): a path at or below one of them lands on that mount, not in
 * the rootfs. Checking each ancestor of a path keeps this linear in mounts and lookups.
 */
export class MountPoints {
  /** Destination -> the last mount there (mounts are added in order) and whether it starts out empty. */
  private readonly points = new Map<string, { order: number; empty: boolean }>();
  private count = 0;

  /** `empty`: the mount hides what the rootfs has there and brings nothing (a plain tmpfs). */
  add(destination: string, empty = false): void {
    const order = this.count++;
    if (destination !== '/') this.points.set(destination, { order, empty });
  }

  covers(path: string): boolean {
    for (let p = path; p.length > 1; p = p.slice(0, p.lastIndexOf('/')) || '/') if (this.points.has(p)) return true;
    return false;
  }

  /** The mount on top at or above `path` (of several, the last one made): its destination, and whether it starts out empty. */
  topAt(path: string): { destination: string; empty: boolean } | undefined {
    let top: { order: number; empty: boolean } | undefined;
    let at = '';
    for (let p = path; p.length > 1; p = p.slice(0, p.lastIndexOf('/')) || '/') {
      const m = this.points.get(p);
      if (m && (!top || m.order > top.order)) {
        top = m;
        at = p;
      }
    }
    return top && { destination: at, empty: top.empty };
  }
}

/**
 * Every mount's destination (cleaned), for rules that must not judge from the rootfs what a mount
 * supplies, with the plain tmpfs mounts marked: what lies under one of those cannot exist.
 */
export function mountPoints(facts: BundleFacts): MountPoints {
  return facts.memo(pointsOf);
}

function pointsOf(facts: BundleFacts): MountPoints {
  const points = new MountPoints();
  for (const m of mounts(facts)) if (m.destination !== undefined) points.add(cleanPath(m.destination), startsEmpty(m));
  return points;
}
