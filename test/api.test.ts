import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { lint, formatResults, applySuppressionsFile, ConfigError, InputError, SuppressionsFileError, type FileResult } from '../src/index.js';
import { BASE_TREE, buildBundle, tempDir } from './helpers/fixture.js';
import { merge, unprivilegedConfig } from './helpers/rule-tester.js';

describe('onLargeRun', () => {
  it('is called once for 100 bundles or more, and before a config of 256 KiB or more; never for a small run', async () => {
    const root = tempDir('ocilint-large-');
    const small = JSON.stringify(unprivilegedConfig());
    for (let i = 0; i < 100; i++) fs.mkdirSync(path.join(root, 'many', `b${i}`), { recursive: true });
    for (let i = 0; i < 100; i++) fs.writeFileSync(path.join(root, 'many', `b${i}`, 'config.json'), small);
    const big = merge(unprivilegedConfig(), { annotations: { 'org.example/padding': 'x'.repeat(256 * 1024) } });
    fs.mkdirSync(path.join(root, 'big'));
    fs.writeFileSync(path.join(root, 'big', 'config.json'), JSON.stringify(big));
    fs.mkdirSync(path.join(root, 'few'));
    for (const name of ['a', 'b']) fs.mkdirSync(path.join(root, 'few', name));
    for (const name of ['a', 'b']) fs.writeFileSync(path.join(root, 'few', name, 'config.json'), small);
    const calls = async (p: string): Promise<number> => {
      let n = 0;
      await lint([p], { cwd: root, configOnly: true, onLargeRun: () => void n++ });
      return n;
    };
    assert.equal(await calls('many'), 1);
    assert.equal(await calls('big'), 1);
    assert.equal(await calls('few'), 0);
  });
});

describe('library API', () => {
  const root = tempDir('ocilint-api-');
  fs.mkdirSync(path.join(root, '.git'));
  buildBundle(path.join(root, 'web'), { config: JSON.stringify(merge(unprivilegedConfig(), { process: { cwd: 'srv' } })), rootfs: BASE_TREE });

  it('lint() returns typed results with positions', async () => {
    const results: FileResult[] = await lint(['web'], { cwd: root });
    assert.equal(results.length, 1);
    const d = results[0]!.diagnostics[0]!;
    assert.equal(d.ruleId, 'process-cwd-absolute');
    assert.equal(d.location.kind, 'config');
    assert.ok(d.location.range!.start.line >= 1);
    assert.deepEqual(results[0]!.suppressed, []);
  });
  it('options and the configuration file apply', async () => {
    assert.equal((await lint(['web'], { cwd: root, rules: { 'process-cwd-absolute': 'off' } }))[0]!.diagnostics.length, 0);
    fs.writeFileSync(path.join(root, '.ocilint.yaml'), 'rules:\n  process-cwd-absolute: warning\n');
    assert.equal((await lint(['web'], { cwd: root }))[0]!.warningCount, 1);
    assert.equal((await lint(['web'], { cwd: root, configLookup: false }))[0]!.errorCount, 1);
    fs.writeFileSync(path.join(root, '.ocilint.yaml'), 'rulez: {}\n');
    await assert.rejects(lint(['web'], { cwd: root }), ConfigError);
    fs.rmSync(path.join(root, '.ocilint.yaml'));
  });
  it('rejects with InputError for a missing path', async () => {
    await assert.rejects(lint(['nope'], { cwd: root }), InputError);
  });
  it('formatResults renders any format', async () => {
    const results = await lint(['web'], { cwd: root });
    assert.match(await formatResults('gnu', results, { cwd: root }), /^web\/config\.json:\d+:\d+: error: /);
  });
});

describe('applySuppressionsFile', () => {
  it('records, applies and prunes the suppressions file for lint() results', async () => {
    const root = tempDir();
    // uid 0 without a user namespace: one root-without-userns warning (the rule is not in the default
    // preset; no capability at all, written out: without process.capabilities, capabilities-missing
    // would warn too).
    buildBundle(path.join(root, 'b'), { config: JSON.stringify(merge(unprivilegedConfig(), { process: { user: { uid: 0, gid: 0 }, capabilities: { bounding: [], effective: [], permitted: [] } } })), rootfs: BASE_TREE });
    const run = () => lint(['b'], { cwd: root, rules: { 'root-without-userns': 'warning' } });
    const first = await run();
    assert.deepEqual(first[0]!.diagnostics.map((d) => d.ruleId), ['root-without-userns']);
    const recorded = applySuppressionsFile(first, { cwd: root, record: 'all' });
    assert.deepEqual([recorded.file, recorded.written, recorded.stale, recorded.exceeded], ['ocilint-suppressions.json', true, [], []]);
    assert.deepEqual([first[0]!.diagnostics.length, first[0]!.warningCount, first[0]!.suppressed[0]?.suppressions[0]?.kind], [0, 0, 'bulk']);
    // A later run, the file applied with no option.
    const later = await run();
    const applied = applySuppressionsFile(later, { cwd: root });
    assert.deepEqual([applied.written, later[0]!.diagnostics.length, later[0]!.suppressed.length], [false, 0, 1]);
    // The finding fixed: its count is stale until pruned.
    buildBundle(path.join(root, 'b'), { config: JSON.stringify(unprivilegedConfig()), rootfs: BASE_TREE });
    const fixed = await run();
    assert.deepEqual(applySuppressionsFile(fixed, { cwd: root }).stale, [{ file: 'b/config.json', rule: 'root-without-userns', recorded: 1, found: 0 }]);
    assert.equal(applySuppressionsFile(fixed, { cwd: root, prune: true }).stale.length, 0);
    assert.equal(fs.readFileSync(path.join(root, 'ocilint-suppressions.json'), 'utf8'), '{}\n');
    fs.writeFileSync(path.join(root, 'ocilint-suppressions.json'), 'nope');
    assert.throws(() => applySuppressionsFile(fixed, { cwd: root }), SuppressionsFileError);
  });

  it('leaves alone a file that happens to have the name of its temporary file', async () => {
    const root = tempDir();
    buildBundle(path.join(root, 'b'), { config: JSON.stringify(merge(unprivilegedConfig(), { process: { user: { uid: 0, gid: 0 } } })), rootfs: BASE_TREE });
    const foreign = path.join(root, `ocilint-suppressions.json.${process.pid}.tmp`);
    fs.writeFileSync(foreign, 'not ours');
    const results = await lint(['b'], { cwd: root, rules: { 'root-without-userns': 'warning' } });
    assert.throws(() => applySuppressionsFile(results, { cwd: root, record: 'all' }), /cannot write the suppressions file: it already exists \(EEXIST\)/);
    assert.equal(fs.readFileSync(foreign, 'utf8'), 'not ours');
    assert.equal(fs.existsSync(path.join(root, 'ocilint-suppressions.json')), false);
  });
});
