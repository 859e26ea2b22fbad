// action.yml's run script, executed as the composite action would run it (without GitHub).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from '../helpers/paths.js';
import { BASE_TREE, buildBundle, tempDir } from '../helpers/fixture.js';
import { merge, unprivilegedConfig as unprivileged } from '../helpers/rule-tester.js';
import { sarifValidator } from '../helpers/sarif.js';

function runAction(cwd: string, inputs: Record<string, string>, workflowEnv: Record<string, string> = {}) {
  const env: Record<string, string> = { PATH: process.env['PATH'] ?? '', GITHUB_OUTPUT: path.join(cwd, 'gh-output'), ...workflowEnv };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase().replace(/-/g, '_')}`] = v;
  return spawnSync('bash', [path.join(repoRoot, 'scripts', 'action-run.sh')], { cwd, env, encoding: 'utf8' });
}

describe('GitHub action', () => {
  const root = tempDir('ocilint-action-');
  fs.mkdirSync(path.join(root, '.git'));
  buildBundle(path.join(root, 'bundles', 'a'), { config: JSON.stringify(merge(unprivileged(), { process: { cwd: 'rel' } })), rootfs: BASE_TREE });
  buildBundle(path.join(root, 'bundles', 'b'), { config: JSON.stringify(unprivileged()), rootfs: BASE_TREE });

  it('declares the inputs it documents', () => {
    const yml = fs.readFileSync(path.join(repoRoot, 'action.yml'), 'utf8');
    for (const input of ['paths', 'config', 'format', 'output', 'fail-on', 'preset']) assert.match(yml, new RegExp(`^  ${input}:$`, 'm'));
    assert.match(yml, /using: composite/);
  });
  it('annotates by default and fails on errors', () => {
    const r = runAction(root, { paths: 'bundles' });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^::error file=bundles\/a\/config\.json,line=\d+,col=\d+,.*title=ocilint process-cwd-absolute::/m);
    assert.match(r.stdout, /^ocilint: 1 problem/m);
    assert.match(fs.readFileSync(path.join(root, 'gh-output'), 'utf8'), /exit-code=1/);
  });
  it('its inputs do not reach ocilint as OCILINT_* settings; the workflow\'s own OCILINT_* settings do', () => {
    const r = runAction(root, { paths: 'bundles', format: 'github,sarif', output: '-,inputs.sarif', 'fail-on': 'error', preset: '', config: '', args: '--max-warnings 5' });
    assert.equal(r.status, 1);
    assert.equal(r.stderr, '', 'no warning about variables');
    const yml = fs.readFileSync(path.join(repoRoot, 'action.yml'), 'utf8');
    assert.doesNotMatch(yml, /^\s+OCILINT_\w+:/m, 'action.yml must not set OCILINT_* variables');
    const off = runAction(root, { paths: 'bundles' }, { OCILINT_RULE: 'process-cwd-absolute=off' });
    assert.equal(off.status, 0, off.stdout + off.stderr);
  });
  it('writes SARIF for code scanning next to the annotations, with globs and fail-on none', () => {
    const r = runAction(root, { paths: 'bundles/*\n', format: 'github,sarif', output: '-,results.sarif', 'fail-on': 'none', preset: 'all' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^::error /m);
    const log = JSON.parse(fs.readFileSync(path.join(root, 'results.sarif'), 'utf8')) as unknown;
    const validate = sarifValidator();
    if (validate) assert.equal(validate(log), undefined);
  });
});
