// action.yml's two steps, run as the composite action runs them (without GitHub): action-install.sh
// finds or downloads a prebuilt ocilint, action-run.sh runs it with the inputs. The ocilint run is
// the standalone executable when it is built (npm run build:sea), else the repository's CLI behind
// a one-line wrapper.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { cliPath, repoRoot } from '../helpers/paths.js';
import { BASE_TREE, buildBundle, tempDir } from '../helpers/fixture.js';
import { merge, unprivilegedConfig as unprivileged } from '../helpers/rule-tester.js';
import { sarifValidator } from '../helpers/sarif.js';

const standalone = path.join(repoRoot, 'dist', `ocilint-linux-${process.arch}`);

function script(name: string, cwd: string, env: Record<string, string>) {
  return spawnSync('bash', [path.join(repoRoot, 'scripts', name)], { cwd, env: { PATH: process.env['PATH'] ?? '', ...env }, encoding: 'utf8' });
}

describe('GitHub action', () => {
  const root = tempDir('ocilint-action-');
  fs.mkdirSync(path.join(root, '.git'));
  buildBundle(path.join(root, 'bundles', 'a'), { config: JSON.stringify(merge(unprivileged(), { process: { cwd: 'rel' } })), rootfs: BASE_TREE });
  buildBundle(path.join(root, 'bundles', 'b'), { config: JSON.stringify(unprivileged()), rootfs: BASE_TREE });
  buildBundle(path.join(root, 'my bundles', 'c d'), { config: JSON.stringify(merge(unprivileged(), { process: { cwd: 'rel' } })), rootfs: BASE_TREE });
  let executable = standalone;
  if (!fs.existsSync(standalone)) {
    executable = path.join(tempDir('ocilint-action-bin-'), 'ocilint');
    fs.writeFileSync(executable, `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(cliPath)} "$@"\n`, { mode: 0o755 });
  }

  function runAction(inputs: Record<string, string>, workflowEnv: Record<string, string> = {}) {
    const env: Record<string, string> = { GITHUB_OUTPUT: path.join(root, 'gh-output'), INPUT_EXECUTABLE: executable, ...workflowEnv };
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase().replace(/-/g, '_')}`] = v;
    return script('action-run.sh', root, env);
  }

  it('declares the inputs it documents, and builds and installs nothing', () => {
    const yml = fs.readFileSync(path.join(repoRoot, 'action.yml'), 'utf8');
    for (const input of ['paths', 'config', 'format', 'output', 'fail-on', 'preset', 'args', 'version', 'executable', 'download-url']) assert.match(yml, new RegExp(`^  ${input}:$`, 'm'));
    assert.match(yml, /using: composite/);
    assert.doesNotMatch(yml, /setup-node|npm |node /, 'no Node.js set up, no npm, no build');
  });
  it('annotates by default and fails on errors', () => {
    const r = runAction({ paths: 'bundles' });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^::error file=bundles\/a\/config\.json,line=\d+,col=\d+,.*title=ocilint process-cwd-absolute::/m);
    assert.match(r.stdout, /^ocilint: 1 problem/m);
    assert.match(fs.readFileSync(path.join(root, 'gh-output'), 'utf8'), /exit-code=1/);
  });
  it('takes paths and args one per line, spaces and all', () => {
    const r = runAction({ paths: '  my bundles/c d  \n\nbundles/b\n', args: '--rule\nprocess-cwd-absolute=warning\n--max-warnings\n0\n' });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^::warning file=my bundles\/c d\/config\.json,.*process-cwd-absolute::/m);
    assert.doesNotMatch(r.stdout, /bundles\/a/);
    assert.match(r.stdout, /^ocilint: 1 problem \(0 errors, 1 warning/m);
  });
  it('its inputs do not reach ocilint as OCILINT_* settings; the workflow\'s own OCILINT_* settings do', () => {
    const r = runAction({ paths: 'bundles', format: 'github,sarif', output: '-,inputs.sarif', 'fail-on': 'error', preset: '', config: '', args: '--max-warnings\n5' });
    assert.equal(r.status, 1);
    assert.equal(r.stderr, '', 'no warning about variables');
    const yml = fs.readFileSync(path.join(repoRoot, 'action.yml'), 'utf8');
    assert.doesNotMatch(yml, /^\s+OCILINT_\w+:/m, 'action.yml must not set OCILINT_* variables');
    const off = runAction({ paths: 'bundles' }, { OCILINT_RULE: 'process-cwd-absolute=off' });
    assert.equal(off.status, 0, off.stdout + off.stderr);
  });
  it('writes SARIF for code scanning next to the annotations, with globs and fail-on none', () => {
    const r = runAction({ paths: 'bundles/*\n', format: 'github,sarif', output: '-,results.sarif', 'fail-on': 'none', preset: 'all' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^::error /m);
    const log = JSON.parse(fs.readFileSync(path.join(root, 'results.sarif'), 'utf8')) as unknown;
    const validate = sarifValidator();
    if (validate) assert.equal(validate(log), undefined);
  });

  describe('getting ocilint', () => {
    // A release as the release script lays it out: the executable and SHA256SUMS, served by curl.
    const release = tempDir('ocilint-action-release-');
    const version = 'v9.8.7';
    fs.mkdirSync(path.join(release, version));
    const asset = 'ocilint-linux-x64';
    const body = fs.readFileSync(executable);
    fs.writeFileSync(path.join(release, version, asset), body);
    const sums = (bytes: Buffer) => `${createHash('sha256').update(bytes).digest('hex')}  ${asset}\n`;
    const install = (env: Record<string, string>) => {
      const out = path.join(tempDir('ocilint-action-out-'), 'out');
      const runnerTemp = tempDir('ocilint-action-runner-');
      const r = script('action-install.sh', root, { GITHUB_OUTPUT: out, RUNNER_TEMP: runnerTemp, RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64', INPUT_DOWNLOAD_URL: `file://${release}`, ...env });
      return { ...r, executable: fs.existsSync(out) ? /^executable=(.*)$/m.exec(fs.readFileSync(out, 'utf8'))?.[1] : undefined, runnerTemp };
    };

    it('downloads the release\'s executable for the action\'s ref, checks its SHA-256, and the run uses it', () => {
      fs.writeFileSync(path.join(release, version, 'SHA256SUMS'), `0000  ocilint-linux-arm64\n${sums(body)}`);
      const r = install({ ACTION_REF: version });
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.executable, path.join(r.runnerTemp, `ocilint-${version}`, asset));
      assert.ok((fs.statSync(r.executable!).mode & 0o111) !== 0);
      const run = runAction({ paths: 'bundles', executable: r.executable! });
      assert.equal(run.status, 1);
      assert.match(run.stdout, /title=ocilint process-cwd-absolute/);
    });
    it('refuses an executable whose SHA-256 does not match, and leaves none behind', () => {
      fs.writeFileSync(path.join(release, version, 'SHA256SUMS'), sums(Buffer.from('something else')));
      const r = install({ INPUT_VERSION: version });
      assert.equal(r.status, 2);
      assert.match(r.stderr, /^::error title=ocilint::ocilint-linux-x64 of v9\.8\.7 does not match its SHA-256/m);
      assert.equal(r.executable, undefined);
      assert.ok(!fs.existsSync(path.join(r.runnerTemp, `ocilint-${version}`, asset)));
    });
    it('says what to do when the action is not used at a release, or there is no binary for the runner', () => {
      const branch = install({ ACTION_REF: 'main' });
      assert.equal(branch.status, 2);
      assert.match(branch.stderr, /"main" is not a release of ocilint; use the action at a release tag/);
      const mac = install({ ACTION_REF: version, RUNNER_OS: 'macOS' });
      assert.match(mac.stderr, /built for Linux only, not macOS; set executable:/);
      const missing = install({ INPUT_VERSION: 'v0.0.1' });
      assert.match(missing.stderr, /could not download file:\/\/.*\/v0\.0\.1\/ocilint-linux-x64/);
    });
    it('uses the executable the workflow names, downloading nothing', () => {
      const r = install({ INPUT_EXECUTABLE: executable, ACTION_REF: 'main' });
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.executable, executable);
      assert.match(install({ INPUT_EXECUTABLE: path.join(root, 'nope') }).stderr, /nope is not an executable file/);
    });
  });
});
