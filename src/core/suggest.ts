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
