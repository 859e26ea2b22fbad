import * as fs from 'node:fs';
import * as path from 'node:path';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import rule from '../../src/rules/config-file-readable.js';
import { DirBundleSource } from '../../src/bundle/dir-source.js';
import { lintSource } from '../../src/engine/lint.js';
import { resolveSettings } from '../../src/engine/presets.js';
import { tempDir } from '../helpers/fixture.js';

// The engine reports this rule before any document exists, so it is tested through lintSource.
describe('config-file-readable', () => {
  const settings = resolveSettings([rule.meta], 'all');
  it('valid: a small regular file', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'config.json'), '{"ociVersion":"1.3.0"}');
    const r = await lintSource(new DirBundleSource(path.join(dir, 'config.json')), { rules: [rule], settings });
    assert.deepEqual(r.diagnostics, []);
  });
  it('invalid: over the size limit', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'config.json'), ' '.repeat(2000));
    const r = await lintSource(new DirBundleSource(path.join(dir, 'config.json')), { rules: [rule], settings, maxConfigSize: 1000 });
    assert.deepEqual(r.diagnostics.map((d) => [d.ruleId, d.messageId, d.location.kind]), [['config-file-readable', 'too-large', 'bundle']]);
  });
  it('invalid: a directory named config.json', async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'config.json'));
    const r = await lintSource(new DirBundleSource(path.join(dir, 'config.json')), { rules: [rule], settings });
    assert.deepEqual(r.diagnostics.map((d) => d.messageId), ['not-a-file']);
  });
  it('invalid: a FIFO named config.json does not hang', async () => {
    const dir = tempDir();
    const { execFileSync } = await import('node:child_process');
    execFileSync('mkfifo', [path.join(dir, 'config.json')]);
    const r = await lintSource(new DirBundleSource(path.join(dir, 'config.json')), { rules: [rule], settings });
    assert.deepEqual(r.diagnostics.map((d) => d.messageId), ['not-a-file']);
  });
});
