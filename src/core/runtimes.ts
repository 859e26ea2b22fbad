// Runtime releases: what `--target runc@1.2` selects, and the version ranges a runtime verdict
// holds for (`runtimes: { runc: { refuses: '<1.2' } }` in a rule's message table).
//
// A version is major.minor.patch; a shorter one stands for every release it starts (`1.2` is
// 1.2.0, 1.2.1, ...). Versions are compared as numbers, three decimal digits per part below the
// major, which every runc, crun, youki and Kata release fits.

import type { RuntimeVerdict, RuntimeVerdicts, Target } from './types.js';
import { TARGETS } from './types.js';

/**
 * The newest release of each runtime whose source the verdicts were checked against: a bare
 * `--target runc` (or `runc@latest`) means this one.
 */
export const NEWEST_RELEASE: Readonly<Record<Target, string>> = { runc: '1.5.1', crun: '1.29.1', youki: '0.7.0', kata: '3.32.0' };

/** The newest release of a runtime ocilint knows, as a selection. */
export function newestRelease(runtime: Target): readonly Span[] {
  return selectionOf(runtime).spans;
}

/** A half-open interval of versions as numbers: `from` included, `to` not (Infinity: no end). */
export interface Span {
  readonly from: number;
  readonly to: number;
}

/** What one `--target` names: a runtime and the releases of it that may run the bundle. */
export interface TargetSelection {
  runtime: Target;
  spans: readonly Span[];
}

const VERSION = /^(\d{1,3})(?:\.(\d{1,3}))?(?:\.(\d{1,3}))?$/;

function parts(text: string): number[] | undefined {
  // "0.x" and "1.2.x" name every release of a line, as "0" and "1.2" do.
  const m = VERSION.exec(text.trim().replace(/\.[xX*]$/, ''));
  if (!m) return undefined;
  return [m[1], m[2], m[3]].filter((p): p is string => p !== undefined).map(Number);
}

const value = (p: readonly number[]): number => (p[0] ?? 0) * 1e6 + (p[1] ?? 0) * 1e3 + (p[2] ?? 0);

/** The first release a (possibly short) version names, and the first one after the last it names. */
function bounds(p: readonly number[]): Span {
  const next = [...p];
  next[next.length - 1]! += 1;
  return { from: value(p), to: value(next) };
}

/** "1.2.0" as "1.2", "1.2.8" as is. */
export function formatVersion(n: number): string {
  const major = Math.floor(n / 1e6);
  const minor = Math.floor(n / 1e3) % 1e3;
  const patch = n % 1e3;
  return patch === 0 ? `${major}.${minor}` : `${major}.${minor}.${patch}`;
}

/**
 * Parses a `--target` value: `runc` (its newest release), `runc@latest`, `runc@1.2` (every 1.2
 * release), `runc@1.2.8`, `crun@1.8..1.14` (both ends included), `crun@1.15..` (1.15 and later),
 * `crun@..1.14`; `youki@0.x` and `crun@1.2.x` as `youki@0` and `crun@1.2`. Returns what it
 * selects, or a message saying what is wrong.
 */
export function parseTarget(text: string): TargetSelection | string {
  const at = text.indexOf('@');
  const name = (at < 0 ? text : text.slice(0, at)).trim();
  if (!(TARGETS as readonly string[]).includes(name)) return `unknown runtime "${name}" in "${text}": expected one of ${TARGETS.join(', ')}`;
  const runtime = name as Target;
  const version = at < 0 ? 'latest' : text.slice(at + 1).trim();
  const form = `expected ${runtime}, ${runtime}@latest, ${runtime}@X.Y, ${runtime}@X.Y.Z or a range such as ${runtime}@X.Y..X.Y`;
  if (version === 'latest' || version === '') {
    const newest = parts(NEWEST_RELEASE[runtime])!;
    return { runtime, spans: [bounds(newest)] };
  }
  const dots = version.indexOf('..');
  if (dots < 0) {
    const p = parts(version);
    return p ? { runtime, spans: [bounds(p)] } : `bad version "${version}" in "${text}": ${form}`;
  }
  const lo = version.slice(0, dots).trim();
  const hi = version.slice(dots + 2).trim();
  const pl = lo === '' ? [0] : parts(lo);
  const ph = hi === '' ? undefined : parts(hi);
  if (!pl || (hi !== '' && !ph) || (lo === '' && hi === '')) return `bad version range "${version}" in "${text}": ${form}`;
  const span = { from: bounds(pl).from, to: ph ? bounds(ph).to : Infinity };
  if (span.from >= span.to) return `empty version range "${version}" in "${text}": the first version is after the last`;
  return { runtime, spans: [span] };
}

const selections = new Map<string, TargetSelection>();

/** A `--target` value known to be valid (the command line and lint() check them first). */
export function selectionOf(text: string): TargetSelection {
  let s = selections.get(text);
  if (s === undefined) {
    const parsed = parseTarget(text);
    if (typeof parsed === 'string') throw new Error(parsed);
    selections.set(text, (s = parsed));
  }
  return s;
}

const ranges = new Map<string, Span[]>();

/**
 * The versions a range of a verdict names: comparators (`<1.2.8`, `>=1.3`, `=1.1`, or a bare
 * version) joined by spaces or commas must all hold; `||` separates alternatives.
 */
export function rangeSpans(range: string): readonly Span[] {
  let spans = ranges.get(range);
  if (spans === undefined) ranges.set(range, (spans = range.split('||').map((alt) => conjunction(alt, range))));
  return spans;
}

function conjunction(alt: string, whole: string): Span {
  let from = 0;
  let to = Infinity;
  const tokens = alt.split(/[\s,]+/).filter(Boolean);
  if (tokens.length === 0) throw new Error(`bad runtime version range "${whole}"`);
  for (const tok of tokens) {
    const m = /^(>=|<=|>|<|=)?(.+)$/.exec(tok)!;
    const p = parts(m[2]!);
    if (!p) throw new Error(`bad runtime version range "${whole}"`);
    const b = bounds(p);
    switch (m[1] ?? '=') {
      case '>=': from = Math.max(from, b.from); break;
      case '>': from = Math.max(from, b.to); break;
      case '<': to = Math.min(to, b.from); break;
      case '<=': to = Math.min(to, b.to); break;
      default: from = Math.max(from, b.from); to = Math.min(to, b.to);
    }
  }
  return { from, to };
}

function intersect(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const x of a) for (const y of b) {
    const from = Math.max(x.from, y.from);
    const to = Math.min(x.to, y.to);
    if (from < to) out.push({ from, to });
  }
  return out.sort((p, q) => p.from - q.from);
}

const EVERY: readonly Span[] = [{ from: 0, to: Infinity }];

/** The versions, among `within` (default: all), at which a runtime refuses the bundle. */
export function refusingSpans(verdict: RuntimeVerdict, within: readonly Span[] = EVERY): Span[] {
  if (verdict === 'accepts') return [];
  if (verdict === 'refuses') return [...within];
  return intersect(rangeSpans(verdict.refuses), within);
}

/** Whether some version of `selected` is in `range`. */
export function selects(selected: readonly Span[], range: string): boolean {
  return intersect(selected, rangeSpans(range)).length > 0;
}

/** Whether --target (its releases by runtime) names `runtime`, in a release of `range` when one is given. */
export function targetsRuntime(targets: ReadonlyMap<Target, readonly Span[]>, runtime: Target, range?: string): boolean {
  const releases = targets.get(runtime);
  return releases !== undefined && (range === undefined || selects(releases, range));
}

/** Whether the verdict is a refusal by every release, with nothing left to versions. */
export function refusesAlways(verdict: RuntimeVerdict | undefined): boolean {
  return verdict === 'refuses';
}

/** "before 1.2.8", "1.3.0 to 1.3.2", "1.15 and later", "1.2": some versions, for a message. */
export function describeSpans(spans: readonly Span[]): string {
  return spans.map(describeSpan).join(' and ');
}

function describeSpan(s: Span): string {
  if (s.from === 0 && s.to === Infinity) return 'every release';
  if (s.from === 0) return `before ${formatVersion(s.to)}`;
  if (s.to === Infinity) return `${formatVersion(s.from)} and later`;
  const sameMinor = Math.floor(s.from / 1e3) === Math.floor((s.to - 1) / 1e3);
  if (s.to % 1e3 !== 0 && sameMinor) {
    const full = (n: number) => `${Math.floor(n / 1e6)}.${Math.floor(n / 1e3) % 1e3}.${n % 1e3}`;
    return s.to - 1 === s.from ? full(s.from) : `${full(s.from)} to ${full(s.to - 1)}`;
  }
  if (s.from % 1e3 === 0 && s.to === s.from + 1e3) return formatVersion(s.from);
  // Whole release lines: [1.3, 1.6) is "1.3 to 1.5".
  if (s.from % 1e3 === 0 && s.to % 1e3 === 0 && Math.floor(s.to / 1e3) % 1e3 > 0) return `${formatVersion(s.from)} to ${formatVersion(s.to - 1e3)}`;
  // The end of one release line: [1.1.14, 1.2) is "1.1.14 and later 1.1 releases".
  if (s.to % 1e3 === 0 && Math.floor(s.from / 1e3) === Math.floor((s.to - 1) / 1e3)) {
    return `${formatVersion(s.from)} and later ${Math.floor(s.from / 1e6)}.${Math.floor(s.from / 1e3) % 1e3} releases`;
  }
  return `${formatVersion(s.from)}, before ${formatVersion(s.to)}`;
}

/**
 * Who refuses, in words: "runc before 1.2.8 and crun", among the verdicts given and (when a
 * runtime is targeted) the versions selected. Empty when no one refuses.
 */
export function describeRefusals(verdicts: RuntimeVerdicts, within?: ReadonlyMap<Target, readonly Span[]>): string {
  const names: string[] = [];
  for (const runtime of TARGETS) {
    const verdict = verdicts[runtime];
    if (verdict === undefined) continue;
    const scope = within?.get(runtime);
    if (within !== undefined && scope === undefined) continue;
    const spans = refusingSpans(verdict, scope);
    if (spans.length === 0) continue;
    const whole = typeof verdict === 'string' && scope === undefined;
    names.push(whole ? runtime : `${runtime} ${describeSpans(spans)}`);
  }
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** A verdict in words, for documentation: "refuses", "accepts", "refuses before 1.2.8". */
export function describeVerdict(verdict: RuntimeVerdict): string {
  if (typeof verdict === 'string') return verdict;
  const spans = refusingSpans(verdict);
  return spans.length === 0 ? 'accepts' : `refuses ${describeSpans(spans)}, accepts the others`;
}

/** What a list of `--target` values selects, runtime by runtime. */
export interface TargetSet {
  names: ReadonlySet<Target>;
  releases: ReadonlyMap<Target, readonly Span[]>;
  /** A stable text of the whole, for keys. */
  key: string;
}

const sets = new WeakMap<readonly string[], TargetSet>();
const NONE: TargetSet = { names: new Set(), releases: new Map(), key: '' };

export function targetSet(specs: readonly string[] | undefined): TargetSet {
  if (specs === undefined || specs.length === 0) return NONE;
  let set = sets.get(specs);
  if (set !== undefined) return set;
  const releases = new Map<Target, Span[]>();
  for (const spec of specs) {
    const s = selectionOf(spec);
    releases.set(s.runtime, [...(releases.get(s.runtime) ?? []), ...s.spans]);
  }
  const key = [...releases].map(([r, spans]) => `${r}@${spans.map((s) => `${s.from}-${s.to}`).join('+')}`).sort().join(' ');
  set = { names: new Set(releases.keys()), releases, key };
  sets.set(specs, set);
  return set;
}

/** The versions a verdict runs the bundle in, among `within`. */
export function acceptingSpans(verdict: RuntimeVerdict, within: readonly Span[] = EVERY): Span[] {
  if (verdict === 'accepts') return [...within];
  if (verdict === 'refuses') return [];
  return intersect(complement(rangeSpans(verdict.refuses)), within);
}

function complement(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.from - b.from)) {
    if (s.from > at) out.push({ from: at, to: s.from });
    at = Math.max(at, s.to);
  }
  if (at < Infinity) out.push({ from: at, to: Infinity });
  return out;
}
