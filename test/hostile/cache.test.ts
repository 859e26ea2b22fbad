// A hostile or damaged cache file (--cache). The file is ocilint's own, but it sits in the working
// directory where anything may write it. Whatever it holds, a run either uses it, starts a new
// one, or stops with CacheFileError (exit 2); it never throws anything else, and every format can
// render the results it gives.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { CacheFileError, lint } from '../../src/index.js';
import { FORMAT_NAMES, loadFormatter } from '../../src/formatters/index.js';
import { allRules } from '../../src/rules/all.js';
import { BASE_TREE, buildBundle, packBundle, tempDir } from '../helpers/fixture.js';
import { merge, unprivilegedConfig } from '../helpers/rule-tester.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every place in a JSON value, as the list of keys leading to it. */
function places(v: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => places(x, [...at, i], out));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) places(x, [...at, k], out);
  return out;
}

/** `v` with the value at `at` replaced (or, for the root, the replacement itself). */
function replaced(v: Json, at: (string | number)[], by: Json): Json {
  if (at.length === 0) return by;
  const copy = structuredClone(v) as Record<string | number, Json>;
  let cur = copy;
  for (const k of at.slice(0, -1)) cur = cur[k] as Record<string | number, Json>;
  cur[at[at.length - 1]!] = by;
  return copy as Json;
}

describe('hostile cache files', () => {
  const root = tempDir('ocilint-cache-hostile-');
  fs.mkdirSync(path.join(root, '.git'));
  buildBundle(path.join(root, 'b', 'good'), { config: JSON.stringify(unprivilegedConfig()), rootfs: BASE_TREE });
  buildBundle(path.join(root, 'b', 'bad'), { config: JSON.stringify(merge(unprivilegedConfig(), { process: { cwd: 'srv', args: ['/bin/nothere'] } })), rootfs: BASE_TREE });
  packBundle(path.join(root, 'b', 'bad'), 'tgz-dot', path.join(root, 'b', 'bad.tgz'));
  const file = path.join(root, '.ocilintcache');
  const metas = new Map(allRules.map((r) => [r.meta.id, r.meta]));

  /** One run over the cache file as it is: its results rendered in every format, or CacheFileError. */
  async function run(): Promise<void> {
    let results;
    try {
      results = await lint(['b'], { cwd: root, cache: true, onWarning: () => {} });
    } catch (e) {
      assert.ok(e instanceof CacheFileError, `only CacheFileError may end the run, got ${String(e)}`);
      return;
    }
    for (const name of FORMAT_NAMES) (await loadFormatter(name))({ results, rules: metas, cwd: root }, { colorLevel: 0 });
  }

  it('random values anywhere in a valid cache file (fixed seed)', async () => {
    await lint(['b'], { cwd: root, cache: true });
    const valid = JSON.parse(fs.readFileSync(file, 'utf8')) as Json;
    const all = places(valid);
    assert.ok(all.length > 100, 'the cache holds results and lookups to mutate');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(all.length - 1), fc.jsonValue({ maxDepth: 3 })), { minLength: 1, maxLength: 3 }), async (edits) => {
        let v = valid;
        for (const [i, by] of edits) {
          try {
            v = replaced(v, all[i]!, by as Json);
          } catch {
            // the place is gone after an earlier edit: skip it
          }
        }
        fs.writeFileSync(file, JSON.stringify(v));
        await run();
      }),
      { seed: 20261129, numRuns: 150 },
    );
  });

  it('truncated and non-JSON files', async () => {
    await lint(['b'], { cwd: root, cache: true });
    const text = fs.readFileSync(file, 'utf8');
    for (const cut of [1, 10, 100, Math.floor(text.length / 2), text.length - 1]) {
      fs.writeFileSync(file, text.slice(0, cut));
      await run();
    }
    for (const junk of ['null', '[]', '"x"', '{"format":"ocilint-cache/1"}', '{"format":"ocilint-cache/1","build":1,"entries":[]}', '\u0000\u0001']) {
      fs.writeFileSync(file, junk);
      await run();
    }
  });
});
