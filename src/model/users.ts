// Who the container's process is, and how its ids map onto the host's: process.user and the
// user-namespace id mappings.

import type { BundleFacts } from './facts.js';
import type { IDMapping, Linux } from './view.js';

/**
 * The uid the process runs as: process.user.uid, or 0 when process.user or its uid is not set
 * (runc and crun then run it as root; on POSIX platforms the schema requires the uid of a user
 * that is there, so that case is config-schema's finding too). Undefined without a process, or
 * when the schema rejected user or uid: nothing to judge.
 */
export function processUid(facts: BundleFacts): number | undefined {
  const process = facts.config.process;
  if (!process) return undefined;
  if (!facts.has(process, 'user')) return 0;
  const user = process.user;
  if (!user) return undefined;
  return facts.has(user, 'uid') ? user.uid : 0;
}

export interface IdMapping {
  /** Its index in its list. */
  readonly index: number;
  readonly node: IDMapping;
  readonly containerID: number;
  readonly hostID: number;
  readonly size: number;
}

/**
 * The entries of linux.uidMappings or gidMappings with three non-negative integers (others are
 * config-schema's findings); undefined when the list is absent.
 */
export function idMappings(facts: BundleFacts, field: 'uidMappings' | 'gidMappings'): readonly IdMapping[] | undefined {
  return facts.memo(field === 'uidMappings' ? uidMappings : gidMappings);
}

const uidMappings = (facts: BundleFacts): readonly IdMapping[] | undefined => mappingsOf(facts.config.linux, 'uidMappings');
const gidMappings = (facts: BundleFacts): readonly IdMapping[] | undefined => mappingsOf(facts.config.linux, 'gidMappings');

function mappingsOf(linux: Linux | undefined, field: 'uidMappings' | 'gidMappings'): readonly IdMapping[] | undefined {
  const list = linux?.[field];
  if (!list) return undefined;
  const out: IdMapping[] = [];
  for (let index = 0; index < list.length; index++) {
    const node = list[index];
    if (!node) continue;
    const { containerID, hostID, size } = node;
    if (!isUint(containerID) || !isUint(hostID) || !isUint(size)) continue;
    out.push({ index, node, containerID, hostID, size });
  }
  return out;
}

/** Whether an id falls inside one of the mappings' container ranges. */
export function mapped(maps: readonly IdMapping[], id: number): boolean {
  return maps.some((m) => id >= m.containerID && id < m.containerID + m.size);
}

/** The host id that a container id maps to, or undefined when no mapping covers it. */
export function toHost(maps: readonly IdMapping[], id: number): number | undefined {
  const m = maps.find((x) => id >= x.containerID && id < x.containerID + x.size);
  return m === undefined ? undefined : m.hostID + (id - m.containerID);
}

/** Whether a host id is one the namespace sees: it falls inside one of the mappings' host ranges. */
export function seesHostId(maps: readonly IdMapping[], hostId: number): boolean {
  return maps.some((m) => hostId >= m.hostID && hostId < m.hostID + m.size);
}

export function isUint(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

export function isInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v);
}
