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

/**
 * The capabilities of a set as `reader` reads the names: crun every spelling, runc upper case only
 * (crun's reading holds at least runc's; the same set when every name is in upper case).
 */
export function capSet(facts: BundleFacts, reader: CapReader, set: CapSet): ReadonlySet<string> {
  return facts.memo(readingsOf).set(reader, set);
}

/** The entries of one set (a slice of capabilities(), which lists them set by set). */
export function capEntries(facts: BundleFacts, set: CapSet): readonly CapEntry[] {
  return facts.memo(readingsOf).entries(set);
}

const readingsOf = (facts: BundleFacts) => new CapReadings(capabilities(facts));

/**
 * The sets of a bundle as each runtime reads them, each built when first asked for (most rules ask
 * for one). When every name is written in upper case (nearly every config), runc's reading is crun's,
 * and is not built twice.
 */
class CapReadings {
  private readonly crun: Partial<Record<CapSet, ReadonlySet<string>>> = {};
  private readonly runc: Partial<Record<CapSet, ReadonlySet<string>>> = {};
  private readonly bySet: Partial<Record<CapSet, readonly CapEntry[]>> = {};
  private allExact: boolean | undefined;

  constructor(private readonly all: readonly CapEntry[]) {}

  entries(set: CapSet): readonly CapEntry[] {
    let out = this.bySet[set];
    if (out === undefined) {
      const first = this.all.findIndex((e) => e.set === set);
      let end = first;
      if (first >= 0) while (end < this.all.length && this.all[end]!.set === set) end++;
      this.bySet[set] = out = first < 0 ? [] : this.all.slice(first, end);
    }
    return out;
  }

  set(reader: CapReader, set: CapSet): ReadonlySet<string> {
    if (reader === 'runc' && !(this.allExact ??= this.all.every((e) => e.exact))) return (this.runc[set] ??= this.read(set, true));
    return (this.crun[set] ??= this.read(set, false));
  }

  private read(set: CapSet, exactOnly: boolean): ReadonlySet<string> {
    const out = new Set<string>();
    for (const e of this.entries(set)) if (e.exact || !exactOnly) out.add(e.name);
    return out;
  }
}
