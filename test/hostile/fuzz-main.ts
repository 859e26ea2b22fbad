// `npm run fuzz -- --minutes N [--seed S]`: runs the properties of props.ts with random seeds
// until the time is up, and saves every failing input under fuzz-failures/ (gitignored) as the
// raw config bytes plus a .txt with the property, seed, path and error. Exits 1 on any failure.
//
// node --test runs every file under dist/test/, this one included: it does nothing there.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { PROPERTIES, checkProperty, makeScratch } from './props.js';
import { repoRoot } from '../helpers/paths.js';

async function fuzz(argv: string[]): Promise<number> {
  const arg = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const minutes = Number(arg('minutes') ?? 1);
  const fixedSeed = arg('seed');
  const deadline = Date.now() + minutes * 60_000;
  const outDir = path.join(repoRoot, 'fuzz-failures');
  const scratch = makeScratch();
  let rounds = 0;
  let runs = 0;
  let failures = 0;
  try {
    while (Date.now() < deadline) {
      for (const p of PROPERTIES) {
        const seed = fixedSeed !== undefined ? Number(fixedSeed) + rounds : (Math.random() * 2 ** 31) | 0;
        const details = await checkProperty(scratch, p, { seed, numRuns: 200, endOnFailure: true });
        runs += details.numRuns;
        if (details.failed) {
          failures++;
          fs.mkdirSync(outDir, { recursive: true });
          const input = details.counterexample?.[0];
          const base = path.join(outDir, `${p.name.replace(/\W+/g, '-')}-${seed}`);
          fs.writeFileSync(`${base}.json`, typeof input === 'string' ? input : Buffer.from(input ?? []));
          fs.writeFileSync(`${base}.txt`, `property: ${p.name}\nseed: ${seed}\npath: ${details.counterexamplePath}\nerror: ${String(details.errorInstance)}\n`);
          process.stderr.write(`FAIL ${p.name} seed=${seed}: ${String(details.errorInstance).slice(0, 300)}\n  saved ${base}.json\n`);
        }
      }
      rounds++;
      process.stderr.write(`\r${runs} runs, ${failures} failures, ${Math.max(0, Math.round((deadline - Date.now()) / 1000))} s left   `);
    }
  } finally {
    for (const f of [scratch.dir, `${scratch.out}.json`, `${scratch.out}.stylish.txt`]) fs.rmSync(f, { recursive: true, force: true });
  }
  process.stderr.write(`\ndone: ${runs} runs in ${rounds} rounds, ${failures} failures\n`);
  return failures ? 1 : 0;
}

if (!process.env['NODE_TEST_CONTEXT']) process.exitCode = await fuzz(process.argv.slice(2));
