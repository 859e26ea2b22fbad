// "Did you mean": the nearest known name to a misspelt one.

/** The candidate nearest to `word` by edit distance, when it is near enough to be a typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestD) (bestD = d), (best = c);
  }
  return bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** Levenshtein distance: insertions, deletions and substitutions each cost 1. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
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
