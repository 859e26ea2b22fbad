// The fuzz properties, shared by the fixed-seed test (fuzz.test.ts, part of `npm test`) and the
// long random-seed run (fuzz-main.ts, `npm run fuzz -- --minutes N`).
//
// Each property writes one input as config.json of a scratch bundle whose rootfs is a copy of
// fixtures/bundles/hello/rootfs (so rootfs rules run too), lints it in-process through main()
// with both formats, and requires: exit code 0, 1 or 2; json output that parses; every finding
// at a line/column inside the text; and, through the engine directly, every offset in range.

import fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DirBundleSource } from '../../src/bundle/dir-source.js';
import { lintSources } from '../../src/engine/run.js';
import { allRules } from '../../src/rules/all.js';
import { JsonDocument } from '../../src/json/document.js';
import { fixturesDir } from '../helpers/paths.js';
import { tempDir } from '../helpers/fixture.js';
import { checkJsonRun, runBoth, seedConfigs } from './harness.js';

export interface Scratch {
  dir: string;
  config: string;
  out: string;
}

export function makeScratch(): Scratch {
  const dir = tempDir('ocilint-fuzz-');
  fs.cpSync(path.join(fixturesDir, 'bundles', 'hello', 'rootfs'), path.join(dir, 'rootfs'), { recursive: true, verbatimSymlinks: true });
  return { dir, config: path.join(dir, 'config.json'), out: path.join(dir, '..', path.basename(dir) + '-out') };
}

/** Lints `bytes` as the scratch bundle's config; resolves to a violation message or undefined. */
export async function lintBytes(s: Scratch, bytes: Uint8Array | string): Promise<string | undefined> {
  const buf = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  fs.writeFileSync(s.config, buf);
  const r = await runBoth(['--preset', 'all', s.dir], s.out);
  const bad = checkJsonRun(r, buf);
  if (bad) return bad;
  if (/\x1b/.test(r.stylish)) return 'stylish output to a file holds an escape character';
  // Offsets, which the json format does not carry.
  const [res] = await lintSources([new DirBundleSource(s.config, s.dir)], { rules: allRules, preset: 'all' });
  const len = new JsonDocument(buf).text.length;
  for (const d of res!.diagnostics) {
    for (const loc of [d.location, ...(d.related ?? []).map((x) => x.location)]) {
      const r0 = loc.range;
      if (!r0) continue;
      if (r0.start.offset < 0 || r0.end.offset > len || r0.start.offset > r0.end.offset) {
        return `${d.ruleId}: offsets ${r0.start.offset}..${r0.end.offset} outside 0..${len}`;
      }
    }
  }
  return undefined;
}

// ---- config mutation ------------------------------------------------------------------------

/** A JSON tree that can hold what JSON.stringify cannot: duplicate keys and raw number tokens. */
type Tree = { o: [string, Tree][] } | { a: Tree[] } | { raw: string };

function toTree(v: unknown): Tree {
  if (Array.isArray(v)) return { a: v.map(toTree) };
  if (v !== null && typeof v === 'object') return { o: Object.entries(v).map(([k, x]) => [k, toTree(x)]) };
  return { raw: JSON.stringify(v) };
}

function serialize(t: Tree): string {
  // Iterative is not needed: mutations add at most a few levels to configs under 10 deep.
  if ('raw' in t) return t.raw;
  if ('a' in t) return `[${t.a.map(serialize).join(',')}]`;
  return `{${t.o.map(([k, v]) => `${JSON.stringify(k)}:${serialize(v)}`).join(',')}}`;
}

/** Every container in the tree, with the parent reference needed to edit it. */
function containers(t: Tree, out: Tree[] = []): Tree[] {
  if ('raw' in t) return out;
  out.push(t);
  for (const c of 'a' in t ? t.a : t.o.map(([, v]) => v)) containers(c, out);
  return out;
}

export const EXTREME_NUMBERS = [
  '1e400', '-1e400', '-0', '0.0', '1e-400', '123456789012345678901234567890', '-123456789012345678901234567890',
  '18446744073709551615', '18446744073709551616', '9223372036854775807', '9223372036854775808', '-9223372036854775809',
  '4294967295', '4294967296', '-1', '2147483648', '0.5', '1E+2', '9007199254740993',
];

const jsonish: fc.Arbitrary<Tree> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map(toTree),
  fc.constantFrom(...EXTREME_NUMBERS).map((raw) => ({ raw })),
  fc.string({ unit: 'binary', maxLength: 30 }).map((s) => ({ raw: JSON.stringify(s) })),
  fc.constantFrom('"\\ud800"', '"\\udfff"', '"/bin/sh\\u0000/x"', '"../../../../etc/passwd"', '"/"', '""', '"\\u001b[31m"').map((raw) => ({ raw })),
);

type Mutation =
  | { op: 'delete' | 'duplicate' | 'rename' | 'retype'; at: number; idx: number; key: string; value: Tree };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('delete', 'duplicate', 'rename', 'retype') as fc.Arbitrary<Mutation['op']>,
  at: fc.nat(),
  idx: fc.nat(),
  key: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'args', 'path', 'linux', 'root', 'ociVersion')),
  value: jsonish,
});

function applyMutation(t: Tree, m: Mutation): void {
  const cs = containers(t);
  const c = cs[m.at % cs.length]!;
  if ('a' in c) {
    if (c.a.length === 0) return void c.a.push(m.value);
    const i = m.idx % c.a.length;
    if (m.op === 'delete') c.a.splice(i, 1);
    else if (m.op === 'duplicate') c.a.splice(i, 0, c.a[i]!);
    else c.a[i] = m.value;
  } else if ('o' in c) {
    if (c.o.length === 0) return void c.o.push([m.key, m.value]);
    const i = m.idx % c.o.length;
    const [k, v] = c.o[i]!;
    if (m.op === 'delete') c.o.splice(i, 1);
    else if (m.op === 'duplicate') c.o.splice(i + 1, 0, [k, m.value]);
    else if (m.op === 'rename') c.o[i] = [m.key, v];
    else c.o[i] = [k, m.value];
  }
}

const SEEDS = seedConfigs();

export const mutatedConfig: fc.Arbitrary<string> = fc
  .record({ seed: fc.nat({ max: SEEDS.length - 1 }), muts: fc.array(mutation, { minLength: 1, maxLength: 6 }) })
  .map(({ seed, muts }) => {
    const t = toTree(JSON.parse(SEEDS[seed]!.text));
    for (const m of muts) applyMutation(t, m);
    return serialize(t);
  });

// ---- the properties ------------------------------------------------------------------------

export interface Property {
  name: string;
  arb: fc.Arbitrary<Uint8Array | string>;
}

export const PROPERTIES: Property[] = [
  { name: 'arbitrary bytes', arb: fc.uint8Array({ maxLength: 600 }) },
  {
    name: 'arbitrary bytes around a valid config',
    arb: fc.tuple(fc.nat({ max: SEEDS.length - 1 }), fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 8 })).map(([i, at, junk]) => {
      const b = Buffer.from(SEEDS[i]!.text);
      const p = at % (b.length + 1);
      return Buffer.concat([b.subarray(0, p), junk, b.subarray(p)]);
    }),
  },
  { name: 'arbitrary JSON', arb: fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v) ?? 'null') },
  { name: 'arbitrary JSON with unicode and lone surrogates', arb: fc.jsonValue({ maxDepth: 4, stringUnit: 'binary' }).map((v) => JSON.stringify(v, null, 1) ?? 'null') },
  { name: 'mutated valid configs', arb: mutatedConfig },
];

/** Runs one property; returns fast-check's details (failures carry the counterexample). */
export async function checkProperty(s: Scratch, p: Property, params: fc.Parameters<[Uint8Array | string]>) {
  return fc.check(
    fc.asyncProperty(p.arb, async (input) => {
      const bad = await lintBytes(s, input);
      if (bad) throw new Error(bad);
    }),
    params,
  );
}
