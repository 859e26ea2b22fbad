// `process.capabilities`: the one answer to each question about a bundle's capabilities.

import type { BundleFacts } from './facts.js';
import type { Capabilities } from './view.js';

/** The capability sets, in the order the spec and the view list them. */
export const CAP_SETS = ['bounding', 'effective', 'inheritable', 'permitted', 'ambient'] as const;
export type CapSet = (typeof CAP_SETS)[number];

export interface CapEntry {
  readonly set: CapSet;
  /** The name in upper case, as runtimes read it (runc and crun accept "cap_kill"). */
  readonly name: string;
  /** The name as written. */
  readonly written: string;
  /** Its index in its set. */
  readonly index: number;
  /** The set's list in the view: findings point at `{ node: entry.list, key: entry.index }`. */
  readonly list: NonNullable<Capabilities[CapSet]>;
}

/** Every capability named in process.capabilities (string entries), set by set in CAP_SETS order. */
export function capabilities(facts: BundleFacts): readonly CapEntry[] {
  return facts.memo(entriesOf);
}

function entriesOf(facts: BundleFacts): readonly CapEntry[] {
  const out: CapEntry[] = [];
  const caps = facts.config.process?.capabilities;
  if (!caps) return out;
  for (const set of CAP_SETS) {
    const list = caps[set];
    if (!list) continue;
    for (let index = 0; index < list.length; index++) {
      const written = list[index];
      if (written !== undefined) out.push({ set, name: written.toUpperCase(), written, index, list });
    }
  }
  return out;
}

/** Capabilities the process can ever hold: bounding, effective, permitted and ambient (inheritable alone gives nothing). */
export function grantedCaps(facts: BundleFacts): ReadonlySet<string> {
  return facts.memo(granted);
}

function granted(facts: BundleFacts): ReadonlySet<string> {
  return new Set(capabilities(facts).filter((c) => c.set !== 'inheritable').map((c) => c.name));
}

/**
 * The first entry of each capability name, with the sets that name it: a name is usually listed
 * in several sets, and one finding (at its first entry, naming the sets) is enough.
 */
export function firstPerName(entries: readonly CapEntry[]): { entry: CapEntry; sets: string }[] {
  const by = new Map<string, CapEntry[]>();
  for (const e of entries) {
    const list = by.get(e.name);
    if (list) list.push(e);
    else by.set(e.name, [e]);
  }
  return [...by.values()].map((list) => ({ entry: list[0]!, sets: [...new Set(list.map((e) => e.set))].join(', ') }));
}
