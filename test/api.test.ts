import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { lint, formatResults, ConfigError, InputError, type FileResult } from '../src/index.js';
import { BASE_TREE, buildBundle, tempDir } from './helpers/fixture.js';
import { merge, unprivilegedConfig } from './helpers/rule-tester.js';

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
