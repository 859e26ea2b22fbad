// Every finding on every config of the corpus, compared with test/corpus/findings.txt: a change of
// behaviour on realistic configs shows in review as a change of that file. `npm run golden`
// (UPDATE=1) rewrites it. OCILINT_CORPUS_DIR=DIR keeps the generated configs in DIR for a look.
//
// Configs that tools write here depend on the tool's version (and podman's and buildah's on the
// host): when the file was written with another version or on another kind of host, those entries
// are skipped with a note rather than failed, since the difference would not be ocilint's.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { tempDir } from '../helpers/fixture.js';
import { generateAll, GOLDEN_FILE, handWritten, lintEntries, readGolden, realFixtures, writeGolden, type Entry, type Generation, type Section } from './corpus.js';
import { hostSignature } from './tools.js';

const update = Boolean(process.env['UPDATE']);

describe('the corpus of realistic configs (test/corpus/findings.txt)', { timeout: 600_000 }, () => {
  const written = [...handWritten(), ...realFixtures()];
  let gen: Generation;
  let sections: Map<string, Section>;
  const host = hostSignature();
  const golden = fs.existsSync(GOLDEN_FILE) ? readGolden(fs.readFileSync(GOLDEN_FILE, 'utf8')) : undefined;

  before(() => {
    const keep = process.env['OCILINT_CORPUS_DIR'];
    const out = keep ? path.resolve(keep) : path.join(tempDir('ocilint-corpus-'), 'generated');
    if (keep) fs.rmSync(out, { recursive: true, force: true });
    gen = generateAll(out, tempDir('ocilint-corpus-scratch-'));
    const all: Entry[] = [...written, ...gen.entries];
    sections = new Map(lintEntries(all).map((s) => [s.id, s]));
    if (update) {
      // A file written without some of the tools would lose their entries.
      assert.equal(gen.missing.size, 0, `cannot rewrite ${GOLDEN_FILE} here: ${[...gen.missing].map(([id, why]) => `${id} (${why})`).join('; ')}`);
      fs.writeFileSync(GOLDEN_FILE, writeGolden([...sections.values()], host, gen.versions));
    }
  });

  it('has at least 40 configs of its own (hand-written and generated), each described', () => {
    assert.ok(fs.existsSync(GOLDEN_FILE), `${GOLDEN_FILE} is missing: run npm run golden`);
    const own = handWritten().length + (golden ? [...golden.sections.keys()].filter((id) => !id.startsWith('configs/') && !id.startsWith('real/')).length : 0);
    assert.ok(own >= 40, `only ${own} configs`);
    for (const e of handWritten()) assert.notEqual(e.what, '', `${e.id} has no row in test/corpus/README.md`);
  });

  it('every entry of the golden file is still in the corpus', () => {
    if (!golden) return;
    const known = new Set([...written.map((e) => e.id), ...gen.entries.map((e) => e.id), ...gen.missing.keys()]);
    const gone = [...golden.sections.keys()].filter((id) => !known.has(id));
    assert.deepEqual(gone, [], 'entries of findings.txt no longer in the corpus (npm run golden removes them)');
  });

  for (const e of written) {
    it(e.id, () => compare(e.id));
  }
  // The generated entries are known only once they are made; one test each, by its list.
  it('the configs tools write here', (t) => {
    for (const [id, why] of gen.missing) t.diagnostic(`${id} not made: ${why}`);
    const failures: string[] = [];
    for (const e of gen.entries) {
      const skip = skipReason(e);
      if (skip) {
        t.diagnostic(`${e.id} skipped: ${skip}`);
        continue;
      }
      try {
        compare(e.id);
      } catch (err) {
        failures.push(err instanceof Error ? err.message : String(err));
      }
    }
    assert.equal(failures.length, 0, failures.join('\n\n'));
  });

  function skipReason(e: Entry): string | undefined {
    if (!golden || update) return undefined;
    const recorded = golden.tools.get(e.tool!);
    const now = gen.versions.get(e.tool!);
    if (recorded !== now) return `findings.txt was written with ${recorded ?? `no ${e.tool}`}, this is ${now}`;
    if (e.hostDependent && golden.host !== host) return `findings.txt was written on a host with ${golden.host}, this one has ${host}`;
    return undefined;
  }

  function compare(id: string): void {
    const actual = sections.get(id)!.text;
    if (update) return;
    const expected = golden?.sections.get(id);
    assert.ok(expected !== undefined, `${id} is not in ${GOLDEN_FILE}: run npm run golden and review the difference`);
    assert.equal(actual, expected, `findings on ${id} differ from ${GOLDEN_FILE} (npm run golden rewrites it; review the difference)`);
  }
});
