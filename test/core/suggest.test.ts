import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closest, editDistance } from '../../src/core/suggest.js';
import { LINUX_SYSCALLS } from '../../src/rules/data/linux-syscalls.js';

/** The textbook table, in full: what the bounded version must agree with. */
function reference(a: string, b: string): number {
  const t = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) t[i]![j] = Math.min(t[i - 1]![j]! + 1, t[i]![j - 1]! + 1, t[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  return t[a.length]![b.length]!;
}

/** The first candidate of least distance, compared in full, within the typo limit. */
function referenceClosest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = reference(word.toLowerCase(), c.toLowerCase());
    if (d < bestD) (bestD = d), (best = c);
  }
  return bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** A small deterministic generator, so that a failure can be replayed. */
function words(seed: number, n: number, alphabet = 'abcde_'): string[] {
  let x = seed;
  const next = () => ((x = (x * 1103515245 + 12345) % 2147483648), x);
  return Array.from({ length: n }, () => Array.from({ length: next() % 12 }, () => alphabet[next() % alphabet.length]).join(''));
}

describe('editDistance', () => {
  it('agrees with the full table on pairs of short words, and with any bound reports the distance or bound + 1', () => {
    const ws = words(7, 60);
    for (const a of ws) {
      for (const b of ws) {
        const d = reference(a, b);
        assert.equal(editDistance(a, b), d, `${a} / ${b}`);
        for (const max of [0, 1, 2, 3, 5]) assert.equal(editDistance(a, b, max), Math.min(d, max + 1), `${a} / ${b} within ${max}`);
      }
    }
  });

  it('grows its row for a long word', () => {
    const long = 'x'.repeat(300);
    assert.equal(editDistance('x', long), 299);
    assert.equal(editDistance(long + 'y', long), 1);
  });
});

describe('closest', () => {
  it('finds what a full comparison finds among the system call names, for typos and for names far from any', () => {
    const names = [...LINUX_SYSCALLS];
    const typos = names.filter((_, i) => i % 7 === 0).flatMap((n) => [n.slice(1), n + 'x', n.toUpperCase(), n.replace(/[aeiou]/, 'q'), n.slice(0, -2)]);
    for (const word of [...typos, ...words(11, 200, 'abcdefghijklmnopqrstuvwxyz_'), 'invented_syscall_1234', '']) {
      assert.equal(closest(word, names), referenceClosest(word, names), word);
    }
  });

  it('keeps the first of equally near candidates, and takes any iterable', () => {
    assert.equal(closest('cat', ['bat', 'hat', 'cat2']), 'bat');
    assert.equal(closest('opne', new Set(['open', 'openat'])), 'open');
    assert.equal(closest('zzzzzz', ['open']), undefined);
  });
});
