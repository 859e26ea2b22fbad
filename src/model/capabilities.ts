// `process.capabilities`: the one answer to each question about a bundle's capabilities.

import type { BundleFacts } from './facts.js';
import type { Capabilities } from './view.js';

/** The capability sets, in the order the spec and the view list them. */
export const CAP_SETS = ['bounding', 'effective', 'inheritable', 'permitted', 'ambient'] as const;
export type CapSet = (typeof CAP_SETS)[number];

export interface CapEntry {
  readonly set: CapSet;
  /**
   * The name in upper case, as crun reads it: crun 1.8.1 parses names with libcap, in any case, and
   * grants "cap_kill". runc 1.1.5 reads only names written in upper case and ignores the others
   * (`exact`). A rule about what the process may hold takes crun's reading, the one that grants more.
   */
  readonly name: string;
  /** The name as written. */
  readonly written: string;
  /** Written in upper case: runc reads it too (see `name`). */
  readonly exact: boolean;
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
      if (written === undefined) continue;
      const name = written.toUpperCase();
      out.push({ set, name, written, exact: name === written, index, list });
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

/** Which runtime's reading of capability names (see CapEntry.name). */
export type CapReader = 'runc' | 'crun';

/** The capabilities of each set as `reader` reads the names: crun every spelling, runc upper case only. */
export function capSets(facts: BundleFacts, reader: CapReader): Readonly<Record<CapSet, ReadonlySet<string>>> {
  return facts.memo(reader === 'runc' ? runcSets : crunSets);
}

const runcSets = (facts: BundleFacts) => setsOf(facts, true);
const crunSets = (facts: BundleFacts) => setsOf(facts, false);

function setsOf(facts: BundleFacts, exactOnly: boolean): Record<CapSet, ReadonlySet<string>> {
  const out = { bounding: new Set<string>(), effective: new Set<string>(), inheritable: new Set<string>(), permitted: new Set<string>(), ambient: new Set<string>() };
  for (const e of capabilities(facts)) if (e.exact || !exactOnly) out[e.set].add(e.name);
  return out;
}

/** Whether `set` holds `cap`, as runc and as crun read the names (crun's reading holds at least runc's). */
export function holdsCap(facts: BundleFacts, set: CapSet, cap: string): { readonly runc: boolean; readonly crun: boolean } {
  return { runc: capSets(facts, 'runc')[set].has(cap), crun: capSets(facts, 'crun')[set].has(cap) };
}
