// Fixed-seed property runs, part of `npm test`. The protections they cover: the parser's and every
// later stage's refusal to throw on any input (exit code 3 or a crash fails), positions that stay
// inside the text (a range bug fails), and json output that always parses (an output escaping bug
// fails). `npm run fuzz -- --minutes N` runs the same properties long with random seeds.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { PROPERTIES, checkProperty, lintBytes, makeScratch } from './props.js';
import { checkJsonRun, runCli } from './harness.js';

const SEED = 20261129;
const RUNS = Number(process.env['OCILINT_FUZZ_RUNS'] ?? 300);

/** Inputs the fuzzer once failed on, kept so that they are checked on every run. */
const REGRESSIONS: string[] = [
  '-', // a syntax error at the end of the file pointed one column past it
  '"\r\n"', // a range ending between the \r and \n of a CRLF pointed two columns past the line end
  '1e', '"\\u12', '{"a":1,', '[', '\ufeff', '\r\n\r', '"\\ud800"',
];

describe('hostile: property-based fuzzing (fixed seed)', () => {
  const scratch = makeScratch();
  after(() => {
    for (const f of [scratch.dir, `${scratch.out}.json`, `${scratch.out}.stylish.txt`]) fs.rmSync(f, { recursive: true, force: true });
  });
  it('regressions', async () => {
    for (const input of REGRESSIONS) assert.equal(await lintBytes(scratch, input), undefined, JSON.stringify(input));
  });
  // A few real subprocess runs of sampled inputs: the in-process runs share one process, and
  // a crash that only shows as a non-zero exit status of node itself must not hide there.
  it('a few real subprocess runs', () => {
    for (const p of PROPERTIES) {
      for (const input of fc.sample(p.arb, { seed: SEED, numRuns: 2 })) {
        fs.writeFileSync(scratch.config, input);
        const r = runCli(['-f', 'json', scratch.dir]);
        const bad = checkJsonRun(r, typeof input === 'string' ? Buffer.from(input) : input);
        assert.equal(bad, undefined, `${p.name}: ${bad}`);
      }
    }
  });
  for (const p of PROPERTIES) {
    it(p.name, async () => {
      const details = await checkProperty(scratch, p, { seed: SEED, numRuns: RUNS, endOnFailure: true });
      assert.equal(details.failed, false, details.failed ? `${String(details.errorInstance)}; counterexample ${JSON.stringify(details.counterexample).slice(0, 2000)}` : '');
    });
  }
});
