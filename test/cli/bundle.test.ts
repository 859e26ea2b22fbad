// The start-up path: bin/ocilint.js runs dist/ocilint.cjs with its V8 code cache and loads each
// release's validator from dist/validators with its cache: .<node version>.cache for a plain run,
// .<node version>.batch.cache once a large batch has set V8_FLAGS (V8's cache check covers flags). A cache V8 rejects still works, only slower, so nothing else would notice: this test does.
// Run in a child process, so that the flags are set as in a real run.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from '../helpers/paths.js';

const probe = `
const fs = require('node:fs'), vm = require('node:vm'), path = require('node:path');
const { loadBundle, V8_FLAGS } = require(${JSON.stringify(path.join(repoRoot, 'bin', 'ocilint.js'))});
const dist = ${JSON.stringify(path.join(repoRoot, 'dist'))};
const out = {};
const { script } = loadBundle(path.join(dist, 'ocilint.cjs'));
out.cli = script.cachedDataRejected;
const validators = (suffix) => {
  for (const f of fs.readdirSync(path.join(dist, 'validators')).filter((f) => f.endsWith('.cjs'))) {
    const file = path.join(dist, 'validators', f);
    const s = new vm.Script(fs.readFileSync(file, 'latin1'), { filename: file, cachedData: fs.readFileSync(file + suffix) });
    out[f + suffix] = s.cachedDataRejected;
  }
};
validators('.' + process.version + '.cache');
require('node:v8').setFlagsFromString(V8_FLAGS);
validators('.' + process.version + '.batch.cache');
process.stdout.write(JSON.stringify(out));
`;

describe('the bundled CLI', () => {
  it('has code caches V8 accepts: the CLI, and every release validator without and with the batch flags', () => {
    const r = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const rejected = JSON.parse(r.stdout) as Record<string, boolean>;
    assert.equal(Object.keys(rejected).length, 15, `expected the CLI and 7 validators twice, got ${Object.keys(rejected).join(', ')}`);
    for (const [file, no] of Object.entries(rejected)) assert.equal(no, false, `${file}: cache rejected`);
  });

  it('loads each release validator the bundle lints with through the loader\'s buffer, with its cache accepted', () => {
    // Two releases one after the other: the second validator's source and cache are read into the
    // buffer the first (and the bundle) were read through.
    const lintTwice = `
const { loadBundle } = require(${JSON.stringify(path.join(repoRoot, 'bin', 'ocilint.js'))});
const b = loadBundle(${JSON.stringify(path.join(repoRoot, 'dist', 'ocilint.cjs'))});
const sink = { isTTY: false, text: '', write(t) { this.text += t; return true; } };
const bundle = ${JSON.stringify(path.join(repoRoot, 'fixtures', 'bundles', 'hello'))};
(async () => {
  const codes = [];
  for (const v of ['1.0.2', '1.3.0']) codes.push(await b.main({ argv: ['--spec-version', v, '-f', 'json', bundle], env: {}, stdout: sink, stderr: process.stderr, cwd: process.cwd() }));
  const rejected = Object.fromEntries([...b.exports.__validatorScripts].map(([k, s]) => [k, s.cachedDataRejected]));
  process.stdout.write(JSON.stringify({ codes, rejected, reports: sink.text.length }));
})();
`;
    const r = spawnSync(process.execPath, ['-e', lintTwice], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { codes: number[]; rejected: Record<string, boolean>; reports: number };
    assert.deepEqual(out.codes, [0, 0]);
    assert.deepEqual(out.rejected, { v1_0_2: false, v1_3_0: false });
    assert.ok(out.reports > 0);
  });

  it('is ASCII, as the loaders read it as latin1', () => {
    const files = [path.join(repoRoot, 'dist', 'ocilint.cjs'), ...fs.readdirSync(path.join(repoRoot, 'dist', 'validators')).filter((f) => f.endsWith('.cjs')).map((f) => path.join(repoRoot, 'dist', 'validators', f))];
    for (const f of files) assert.equal(fs.readFileSync(f).findIndex((b) => b > 0x7f), -1, f);
  });
});
