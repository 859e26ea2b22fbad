// "Did you mean": the nearest known name to a misspelt one.

/**
 * The candidate nearest to `word` by edit distance (case ignored), when it is near enough to be a
 * typo: at most a third of the word's length, and never less than 2. The first of equally near
 * candidates wins. Candidates already too far by their length or by their characters are not
 * compared, and a comparison stops once it cannot beat the best so far: a config with thousands of
 * unknown names (each looked up among ~450 system calls) costs milliseconds, not seconds.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const w = word.toLowerCase();
  const counts = letterCounts(w);
  const present = [...new Set(Array.from(w, (ch) => ch.charCodeAt(0) & 63))];
  let best: string | undefined;
  // Only a distance below bestD can win.
  let bestD = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const known = prepared(c);
    if (Math.abs(known.lower.length - w.length) >= bestD || countsDistance(counts, present, w.length, known) >= bestD) continue;
    const d = editDistance(w, known.lower, bestD - 1);
    if (d < bestD) {
      bestD = d;
      best = c;
      if (d === 0) break;
    }
  }
  return best;
}

/** A candidate lower-cased and counted once: the same names (system calls, rule ids) come back for every word. */
const PREPARED = new Map<string, { lower: string; counts: Uint8Array }>();

function prepared(c: string): { lower: string; counts: Uint8Array } {
  let p = PREPARED.get(c);
  if (p === undefined) {
    const lower = c.toLowerCase();
    p = { lower, counts: letterCounts(lower) };
    if (PREPARED.size < 10_000) PREPARED.set(c, p);
  }
  return p;
}

/** How often each character occurs, by its code modulo 64 (saturating at 255). */
function letterCounts(s: string): Uint8Array {
  const counts = new Uint8Array(64);
  for (let i = 0; i < s.length; i++) {
    const k = s.charCodeAt(i) & 63;
    if (counts[k]! < 255) counts[k]!++;
  }
  return counts;
}

/**
 * A lower bound of the edit distance from the characters alone: each edit takes at most one
 * surplus character from each side, so the distance is at least the larger surplus. The word's
 * surplus is counted over its own characters (`present`); the candidate's follows from the lengths.
 */
function countsDistance(counts: Uint8Array, present: readonly number[], length: number, known: { lower: string; counts: Uint8Array }): number {
  let more = 0;
  for (const k of present) {
    const d = counts[k]! - known.counts[k]!;
    if (d > 0) more += d;
  }
  const fewer = more - length + known.lower.length;
  return more > fewer ? more : fewer;
}

/** One row of the distance table, reused by every call (grown when a longer word comes). */
let row = new Int32Array(64);

/**
 * Levenshtein distance: insertions, deletions and substitutions each cost 1. With `max`, any
 * distance over it is returned as max + 1, found from the band of the table within `max` of its
 * diagonal (no path through a cell outside it costs `max` or less), and abandoned as soon as a
 * row of that band is all over `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (row.length <= m) row = new Int32Array(m * 2 + 1);
  const prev = row;
  const OUT = 0x3fffffff;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    // Row i's cells within the band: j from lo to hi.
    const lo = Math.max(1, i - max);
    const hi = Math.min(m, i + max);
    let diag = prev[lo - 1]!;
    let left = lo === 1 ? i : OUT;
    if (lo === 1) prev[0] = i;
    let rowMin = left;
    const ai = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      // The cell above is in the previous row's band unless j passed its right edge.
      const up = j <= i - 1 + max ? prev[j]! : OUT;
      const v = Math.min(up + 1, left + 1, diag + (ai === b.charCodeAt(j - 1) ? 0 : 1));
      diag = up;
      prev[j] = v;
      left = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
  }
  const d = prev[m]!;
  return d > max ? max + 1 : d;
}

/** The warning for a rule id that was renamed, naming where it was written. */
export function renamedWarning(where: string, id: string, current: string): string {
  return `${where}: "${id}" is the old name of the rule "${current}"; use the new name (the old one still works)`;
}

/**
 * The rule id closest to a misspelt one, among the current ids and the old ids of renamed rules
 * (a misspelt old id suggests the new one).
 */
export function closestRule(id: string, ids: readonly string[], renamed: Readonly<Record<string, string>> = {}): string | undefined {
  const best = closest(id, [...ids, ...Object.keys(renamed)]);
  return best !== undefined && Object.prototype.hasOwnProperty.call(renamed, best) ? renamed[best] : best;
}

/** Words other tools use for a severity, so that a habit gets a precise hint. */
export const SEVERITY_ALIASES: Readonly<Record<string, string>> = { warn: 'warning', err: 'error', '0': 'off', '1': 'warning', '2': 'error', note: 'info', notice: 'info', information: 'info', ignore: 'off', none: 'off', disable: 'off', disabled: 'off', false: 'off' };

/**
 * The candidates a mistyped `word` may have meant, nearest first: an alias, the candidates that
 * begin with it (or with a near miss of it: `proces-args` finds every `process-args-*`), else the
 * nearest by edit distance. At most `max`.
 */
export function suggestions(word: string, candidates: readonly string[], aliases: Readonly<Record<string, string>> = {}, max = 5): string[] {
  const w = word.trim().toLowerCase();
  if (w === '') return [];
  const alias = Object.prototype.hasOwnProperty.call(aliases, w) ? aliases[w] : undefined;
  if (alias !== undefined && candidates.includes(alias)) return [alias];
  const near = closest(w, candidates);
  if (near !== undefined && editDistance(w, near.toLowerCase()) <= 1) return [near];
  // A near miss of another tool's word (`--format prety`).
  const nearAlias = Object.keys(aliases).find((a) => a.length >= 4 && editDistance(w, a) <= 1 && candidates.includes(aliases[a]!));
  if (nearAlias !== undefined) return [aliases[nearAlias]!];
  if (w.length >= 3) {
    // A prefix, allowing a typo in it: compared with each candidate's start of about its length.
    const slack = w.length >= 6 ? Math.floor(w.length / 5) : 0;
    const prefixed = candidates.filter((c) => {
      const lc = c.toLowerCase();
      if (lc.length <= w.length) return false;
      for (let n = w.length - slack; n <= w.length + slack; n++) if (n > 0 && editDistance(w, lc.slice(0, n)) <= slack) return true;
      return false;
    });
    if (prefixed.length > 0) return prefixed.slice(0, max);
  }
  if (near !== undefined) return [near];
  if (w.length >= 4) {
    const inside = candidates.filter((c) => c.toLowerCase().includes(w));
    if (inside.length > 0) return inside.slice(0, max);
  }
  return [];
}

/** `; did you mean "x"?`, `; did you mean "x" or "y"?`, `; did you mean one of "x", "y", "z"?`, or ''. */
export function didYouMean(options: readonly string[], quote = (s: string) => `"${s}"`): string {
  if (options.length === 0) return '';
  if (options.length === 1) return `; did you mean ${quote(options[0]!)}?`;
  if (options.length === 2) return `; did you mean ${quote(options[0]!)} or ${quote(options[1]!)}?`;
  return `; did you mean one of ${options.map(quote).join(', ')}?`;
}
