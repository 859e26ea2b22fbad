import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { fixturesDir } from '../helpers/paths.js';
import { tempDir } from '../helpers/fixture.js';
import { sarifValidator } from '../helpers/sarif.js';
import { SuppressionsFileError, parseBulkFile, serializeBulk, updateBulk } from '../../src/engine/bulk.js';
import type { FileResult } from '../../src/engine/lint.js';
import type { Diagnostic } from '../../src/core/types.js';

/** Two misspelt keys of process, each a finding of unknown-property. */
const TYPOS = ['"noNewPrivileges": true', '"noNewPrivileges": true, "terminl": false, "consoleSze": {}'];

/**
 * A repository of three bundles: `bad` (one error, process-args-executable), `caps` (two warnings
 * of unknown-property), `clean`.
 */
function repo(): string {
  const dir = tempDir();
  fs.cpSync(path.join(fixturesDir, 'bundles', 'broken-missing-binary'), path.join(dir, 'bad'), { recursive: true });
  fs.cpSync(path.join(fixturesDir, 'bundles', 'hello'), path.join(dir, 'caps'), { recursive: true });
  fs.cpSync(path.join(fixturesDir, 'bundles', 'hello'), path.join(dir, 'clean'), { recursive: true });
  editConfig(dir, 'caps', (t) => t.replace(TYPOS[0]!, TYPOS[1]!));
  return dir;
}

function editConfig(dir: string, bundle: string, edit: (text: string) => string): void {
  const file = path.join(dir, bundle, 'config.json');
  const before = fs.readFileSync(file, 'utf8');
  const after = edit(before);
  assert.notEqual(after, before, `the edit of ${bundle} changed nothing`);
  fs.writeFileSync(file, after);
}

const fileOf = (dir: string) => path.join(dir, 'ocilint-suppressions.json');
const read = (dir: string) => JSON.parse(fs.readFileSync(fileOf(dir), 'utf8')) as unknown;

interface Report { results: { filePath: string; messages: { ruleId: string }[]; suppressed: { ruleId: string; suppressions: { kind: string; source: string }[] }[]; errorCount: number; warningCount: number }[]; summary: { suppressedCount: number } }

describe('bulk suppressions (ocilint-suppressions.json)', () => {
  it('--suppress-all records every finding by file and rule; later runs report nothing and exit 0', () => {
    const dir = repo();
    assert.equal(runCli(['.'], { cwd: dir }).code, 1);
    const first = runCli(['--suppress-all', '.'], { cwd: dir });
    assert.deepEqual([first.code, first.stdout, first.stderr], [0, '', '']);
    assert.deepEqual(read(dir), {
      'bad/config.json': { 'process-args-executable': { count: 1 } },
      'caps/config.json': { 'unknown-property': { count: 2 } },
    });
    const text = fs.readFileSync(fileOf(dir), 'utf8');
    const again = runCli(['.'], { cwd: dir });
    assert.deepEqual([again.code, again.stdout, again.stderr], [0, '', '']);
    // Running --suppress-all again changes nothing.
    assert.equal(runCli(['--suppress-all', '.'], { cwd: dir }).code, 0);
    assert.equal(fs.readFileSync(fileOf(dir), 'utf8'), text);
  });

  it('lists the suppressed findings in json (kind "bulk") and SARIF (kind "external", valid SARIF)', () => {
    const dir = repo();
    runCli(['--suppress-all', '.'], { cwd: dir });
    const r = runCli(['-f', 'json', '.'], { cwd: dir });
    const report = JSON.parse(r.stdout) as Report;
    assert.equal(report.summary.suppressedCount, 3);
    const caps = report.results.find((x) => x.filePath === path.join('caps', 'config.json'))!;
    assert.deepEqual([caps.messages.length, caps.warningCount, caps.suppressed.length], [0, 0, 2]);
    assert.deepEqual(caps.suppressed[0]!.suppressions, [{ kind: 'bulk', justification: 'recorded in ocilint-suppressions.json', source: 'ocilint-suppressions.json' }]);
    const sarif = JSON.parse(runCli(['-f', 'sarif', '.'], { cwd: dir }).stdout) as { runs: { results: { suppressions?: { kind: string }[] }[] }[] };
    const results = sarif.runs[0]!.results;
    assert.equal(results.length, 3);
    assert.ok(results.every((x) => x.suppressions?.[0]?.kind === 'external'));
    const validate = sarifValidator();
    if (validate) assert.equal(validate(sarif), undefined);
  });

  it('reports every finding of a rule in a file once there are more than recorded, and says why', () => {
    const dir = repo();
    runCli(['--suppress-all', '.'], { cwd: dir });
    editConfig(dir, 'caps', (t) => t.replace('"consoleSze": {}', '"consoleSze": {}, "userr": {}'));
    const r = runCli(['-f', 'json', '.'], { cwd: dir });
    assert.equal(r.code, 0); // warnings only
    const report = JSON.parse(r.stdout) as Report;
    const caps = report.results.find((x) => x.filePath === path.join('caps', 'config.json'))!;
    assert.deepEqual(caps.messages.map((m) => m.ruleId), ['unknown-property', 'unknown-property', 'unknown-property']);
    assert.equal(caps.suppressed.length, 0);
    assert.match(r.stderr, /caps\/config\.json has 3 findings of unknown-property where ocilint-suppressions\.json records 2: all 3 are reported/);
    // The error in `bad` is still suppressed.
    assert.equal(report.results.find((x) => x.filePath === path.join('bad', 'config.json'))!.errorCount, 0);
  });

  it('exits 2 when a recorded finding no longer occurs, until pruned (or told to pass)', () => {
    const dir = repo();
    runCli(['--suppress-all', '.'], { cwd: dir });
    editConfig(dir, 'caps', (t) => t.replace(', "consoleSze": {}', ''));
    const r = runCli(['.'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /ocilint-suppressions\.json records findings that no longer occur \(caps\/config\.json: unknown-property, 2 recorded, 1 found\); run with --prune-suppressions/);
    assert.equal(runCli(['--pass-on-unpruned-suppressions', '.'], { cwd: dir }).code, 0);
    const pruned = runCli(['--prune-suppressions', '.'], { cwd: dir });
    assert.deepEqual([pruned.code, pruned.stderr], [0, '']);
    assert.deepEqual(read(dir), {
      'bad/config.json': { 'process-args-executable': { count: 1 } },
      'caps/config.json': { 'unknown-property': { count: 1 } },
    });
    assert.deepEqual(runCli(['.'], { cwd: dir }).code, 0);
  });

  it('--suppress-rule records only that rule; a misspelt id is a usage error with a suggestion', () => {
    const dir = repo();
    const r = runCli(['--suppress-rule', 'unknown-property', '.'], { cwd: dir });
    assert.equal(r.code, 1); // the error in `bad` is not recorded
    assert.deepEqual(read(dir), { 'caps/config.json': { 'unknown-property': { count: 2 } } });
    const typo = runCli(['--suppress-rule', 'unknown-propety', '.'], { cwd: dir });
    assert.equal(typo.code, 2);
    assert.match(typo.stderr, /--suppress-rule "unknown-propety": no rule "unknown-propety"; did you mean "unknown-property"\?/);
    assert.equal(runCli(['--suppress-all', '--suppress-rule', 'unknown-property', '.'], { cwd: dir }).code, 2);
  });

  it('keeps the entries of files a run does not lint, and does not call them stale', () => {
    const dir = repo();
    runCli(['--suppress-all', '.'], { cwd: dir });
    const before = fs.readFileSync(fileOf(dir), 'utf8');
    const one = runCli(['caps'], { cwd: dir });
    assert.deepEqual([one.code, one.stderr], [0, '']);
    assert.equal(runCli(['--suppress-all', 'clean'], { cwd: dir }).code, 0);
    assert.equal(fs.readFileSync(fileOf(dir), 'utf8'), before);
  });

  it('names files relative to the suppressions file, so another working directory means the same', () => {
    const dir = repo();
    const loc = path.join('ci', 'suppressions.json');
    fs.mkdirSync(path.join(dir, 'ci'));
    assert.equal(runCli(['--suppress-all', '--suppressions-location', loc, '.'], { cwd: dir }).code, 0);
    assert.deepEqual(Object.keys(JSON.parse(fs.readFileSync(path.join(dir, loc), 'utf8')) as object), ['../bad/config.json', '../caps/config.json']);
    assert.equal(fs.existsSync(fileOf(dir)), false);
    // From inside `caps`, linting its config by a path of its own.
    const inner = runCli(['--suppressions-location', path.join('..', loc), 'config.json'], { cwd: path.join(dir, 'caps') });
    assert.deepEqual([inner.code, inner.stdout, inner.stderr], [0, '', '']);
  });

  it('exits 2 naming the file and the place for a file it cannot use', () => {
    const dir = repo();
    const cases: [string, RegExp][] = [
      ['{ "bad/config.json": ', /ocilint-suppressions\.json: not valid JSON/],
      ['[]', /ocilint-suppressions\.json: expected an object of files, got an array/],
      ['{ "bad/config.json": { "process-args-executable": { "count": 0 } } }', /"bad\/config\.json" → "process-args-executable" must be \{ "count": N \} with N a whole number of at least 1, got \{"count":0\}/],
      ['{ "bad/config.json": { "process-args-executable": 1 } }', /"process-args-executable" must be \{ "count": N \}.*got 1/],
      ['{ "bad/config.json": { "process-args-executable": { "count": 1, "note": "x" } } }', /must be \{ "count": N \}/],
    ];
    for (const [text, message] of cases) {
      fs.writeFileSync(fileOf(dir), text);
      const r = runCli(['.'], { cwd: dir });
      assert.equal(r.code, 2, text);
      assert.match(r.stderr, message, text);
      assert.equal(r.stdout, '', text);
    }
    const missing = runCli(['--suppressions-location', 'nope.json', '.'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.json: cannot read the suppressions file: no such file\n/);
  });

  it('writes no file when there is nothing to record, and none at all without a flag', () => {
    const dir = repo();
    assert.equal(runCli(['--suppress-all', 'clean'], { cwd: dir }).code, 0);
    assert.equal(fs.existsSync(fileOf(dir)), false);
    runCli(['.'], { cwd: dir });
    assert.equal(fs.existsSync(fileOf(dir)), false);
  });
});

describe('bulk suppression counts', () => {
  const diag = (ruleId: string): Diagnostic => ({ ruleId, messageId: 'm', message: 'm', severity: 'warning', location: { kind: 'bundle' } });
  const result = (filePath: string, rules: string[]): FileResult => ({
    filePath,
    bundlePath: '.',
    specVersion: '1.3.0',
    rootfsChecked: false,
    diagnostics: rules.map(diag),
    suppressed: [],
    errorCount: 0,
    warningCount: rules.length,
    infoCount: 0,
  });
  const counts = (o: Record<string, Record<string, number>>) => new Map(Object.entries(o).map(([f, r]) => [f, new Map(Object.entries(r))]));
  const plain = (c: Map<string, Map<string, number>>) => Object.fromEntries([...c].map(([f, r]) => [f, Object.fromEntries(r)]));
  const keyOf = (r: FileResult) => r.filePath;

  it('records, prunes and keeps as each flag says', () => {
    const before = counts({ a: { x: 2, y: 1, gone: 3 }, other: { x: 5 } });
    const results = [result('a', ['x', 'y', 'y', 'z'])];
    assert.deepEqual(plain(updateBulk(before, results, keyOf, { record: 'all' })), { a: { x: 1, y: 2, z: 1 }, other: { x: 5 } });
    assert.deepEqual(plain(updateBulk(before, results, keyOf, { record: new Set(['y', 'gone']) })), { a: { x: 2, y: 2 }, other: { x: 5 } });
    assert.deepEqual(plain(updateBulk(before, results, keyOf, { prune: true })), { a: { x: 1, y: 1 }, other: { x: 5 } });
    assert.deepEqual(plain(updateBulk(before, [result('a', [])], keyOf, { prune: true })), { other: { x: 5 } });
  });

  it('round-trips keys named __proto__ and sorts what it writes', () => {
    const c = parseBulkFile('{ "z": { "r": { "count": 1 } }, "__proto__": { "__proto__": { "count": 2 } } }', 'f');
    assert.deepEqual(plain(c), Object.fromEntries([['z', { r: 1 }], ['__proto__', Object.fromEntries([['__proto__', 2]])]]));
    const text = serializeBulk(c);
    assert.ok(text.indexOf('"__proto__"') < text.indexOf('"z"'));
    assert.deepEqual(plain(parseBulkFile(text, 'f')), plain(c));
    assert.throws(() => parseBulkFile('{ "a": [] }', 'f'), SuppressionsFileError);
    // A huge key or value is quoted cut short.
    const huge = 'k'.repeat(1_000_000);
    assert.throws(() => parseBulkFile(JSON.stringify({ [huge]: { r: { count: huge } } }), 'f'), (e: Error) => e.message.length < 700 && /… \(1000000 characters\)/.test(e.message));
  });
});

describe('a suppressions file that is not a file', () => {
  it('a FIFO or a directory by that name exits 2 at once, never waiting for a writer', () => {
    for (const make of ['fifo', 'dir'] as const) {
      const dir = repo();
      if (make === 'fifo') execFileSync('mkfifo', [fileOf(dir)]);
      else fs.mkdirSync(fileOf(dir));
      const r = runCli(['.'], { cwd: dir });
      assert.equal(r.code, 2, make);
      assert.match(r.stderr, /^ocilint: ocilint-suppressions\.json: (the suppressions file is not a regular file|cannot read the suppressions file: it is a directory \(EISDIR\))\n$/, make);
    }
  });
});

describe('writing the suppressions file', () => {
  it('replaces a symlink of that name instead of writing where it leads', () => {
    const dir = repo();
    const elsewhere = path.join(tempDir(), 'elsewhere.json');
    fs.symlinkSync(elsewhere, fileOf(dir));
    assert.equal(runCli(['--suppress-all', '.'], { cwd: dir }).code, 0);
    assert.equal(fs.existsSync(elsewhere), false);
    assert.ok(fs.lstatSync(fileOf(dir)).isFile());
    assert.deepEqual(Object.keys(read(dir) as object), ['bad/config.json', 'caps/config.json']);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['bad', 'caps', 'clean', 'ocilint-suppressions.json']);
  });

  it('names the file when it cannot be written, and leaves nothing behind', () => {
    const dir = repo();
    const loc = path.join('no-such-dir', 'suppressions.json');
    const r = runCli(['--suppress-all', '--suppressions-location', loc, '.'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no-such-dir\/suppressions\.json: cannot write the suppressions file: the directory \S*no-such-dir does not exist\n/);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['bad', 'caps', 'clean']);
  });
});
