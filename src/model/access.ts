// Whether a process may search a directory or execute a file of the rootfs: the kernel's
// permission check (generic_permission), made with the ids the file system sees and the
// capabilities that count for the file.
//
// The owners in the rootfs are host ids (on disk, or in an archive's headers). Without a user
// namespace the process's ids are those ids. In a new user namespace the mappings give the host ids
// of the process, and a capability held in the namespace counts for a file only when both the
// file's owner and its group are mapped into it (capable_wrt_inode_uidgid): the namespace's root
// on host uid 100000 may not run a 0700 program owned by the host's root (runc 1.1.5 and crun
// 1.8.1 refuse it, runtime oracle). A joined namespace's mappings, or mappings the runtime fills in
// (a new namespace without them), are not known.

import type { EntryStat } from '../bundle/rootfs.js';
import type { BundleFacts } from './facts.js';
import { hasNamespace, hasNewNamespace } from './namespaces.js';
import { parentOf } from './paths.js';
import { idMappings, seesHostId, toHost } from './users.js';

export type PermissionClass = 'owner' | 'group' | 'other';

/** A process as the file system sees it. */
export interface Accessor {
  /** "uid 0 (host uid 100000, gid 0)": who it is, for a message. */
  readonly who: string;
  /** Which permission bits apply to it for a file: the owner's, the group's or the others'. */
  classOf(st: EntryStat): PermissionClass;
  /** Whether its capabilities count for this file (always, but in a user namespace). */
  privileged(st: EntryStat): boolean;
  /** Whether a user namespace leaves its capabilities out for this file. */
  readonly inUserns: boolean;
  /**
   * Whether it may execute the file (or search the directory): its class has x, or it holds a
   * capability that lifts the check (`capable`: CAP_DAC_OVERRIDE, or CAP_DAC_READ_SEARCH for a
   * directory) and the capability counts for the file.
   */
  mayX(st: EntryStat, capable: boolean): boolean;
}

/**
 * The process with these container ids as the file system sees it; undefined when that is not
 * known (a joined user namespace, one without mappings) or an id is not mapped (that is
 * linux-userns-process-user's finding).
 */
export function accessor(facts: BundleFacts, uid: number, gids: readonly number[]): Accessor | undefined {
  const plain = (): string => `uid ${uid} (gid${gids.length > 1 ? 's' : ''} ${gids.join(', ')})`;
  if (!hasNamespace(facts, 'user')) {
    return withMayX({ who: plain(), classOf: (st) => classFor(st, uid, gids), privileged: () => true, inUserns: false });
  }
  const uidMaps = idMappings(facts, 'uidMappings');
  const gidMaps = idMappings(facts, 'gidMappings');
  if (!hasNewNamespace(facts, 'user') || !uidMaps?.length || !gidMaps?.length) return undefined;
  const hostUid = toHost(uidMaps, uid);
  const hostGids = gids.map((g) => toHost(gidMaps, g));
  if (hostUid === undefined || hostGids.some((g) => g === undefined)) return undefined;
  const host = hostGids as number[];
  return withMayX({
    who: `uid ${uid} (host uid ${hostUid}, gid${gids.length > 1 ? 's' : ''} ${host.join(', ')})`,
    classOf: (st) => classFor(st, hostUid, host),
    privileged: (st) => seesHostId(uidMaps, st.uid) && seesHostId(gidMaps, st.gid),
    inUserns: true,
  });
}

/** process.user (uid, gid and additionalGids) as the file system sees it: see accessor; undefined without a uid and a gid. */
export function processAccessor(facts: BundleFacts): Accessor | undefined {
  const user = facts.config.process?.user;
  if (user?.uid === undefined || user.gid === undefined) return undefined;
  return accessor(facts, user.uid, [user.gid, ...(user.additionalGids ?? []).filter((g): g is number => g !== undefined)]);
}

function withMayX(a: Omit<Accessor, 'mayX'>): Accessor {
  return { ...a, mayX: (st, capable) => grantsX(st, a.classOf(st)) || (capable && a.privileged(st)) };
}

/**
 * The directories the kernel walks to reach a resolved path, shallowest first: those above it
 * and those above each symlink followed on the way (`via`, from Rootfs.resolve).
 */
export function directoriesWalked(path: string, via: readonly string[]): string[] {
  const dirs = new Set<string>();
  for (const p of [path, ...via]) for (let d = parentOf(p); d !== undefined; d = parentOf(d)) dirs.add(d);
  return [...dirs].sort((a, b) => a.length - b.length);
}

function classFor(st: EntryStat, uid: number, gids: readonly number[]): PermissionClass {
  if (st.uid === uid) return 'owner';
  return gids.includes(st.gid) ? 'group' : 'other';
}

/** Whether the mode grants x (execute, or search for a directory) to the class. */
function grantsX(st: EntryStat, cls: PermissionClass): boolean {
  return (st.mode & (cls === 'owner' ? 0o100 : cls === 'group' ? 0o010 : 0o001)) !== 0;
}

/** "0755". */
export function modeText(st: EntryStat): string {
  return '0' + (st.mode & 0o7777).toString(8).padStart(3, '0');
}
