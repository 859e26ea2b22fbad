// Real pre-commit runs: Debian's `pre-commit` installs this working tree as a hook repository and
// runs its hooks over a scratch repository of bundles, as a user's commits would. ocilint-system
// runs the standalone executable put on the PATH as `ocilint` (nothing built); ocilint, with
// language: node, has npm install and build this tree in pre-commit's environment (slow: once).
// Skipped, saying why, when pre-commit is not installed (.ci/run installs it).

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from '../helpers/paths.js';
import { buildBundle, tempDir, BASE_TREE } from '../helpers/fixture.js';
import { merge, unprivilegedConfig } from '../helpers/rule-tester.js';

const havePreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
const skip = havePreCommit ? false : 'pre-commit is not installed (apt-get install -y pre-commit); skipping the real pre-commit run';
const standalone = path.join(repoRoot, 'dist', `ocilint-linux-${process.arch}`);
const skipSystem = skip || (fs.existsSync(standalone) || process.env['CI'] ? false : 'the standalone executable is not built (npm run build:sea)');

/** The hook repository: every file git tracks in this working tree, copied into a fresh git repo. */
function hookRepo(): { dir: string; rev: string } {
  const dir = path.join(tempDir('ocilint-hookrepo-'), 'ocilint');
  fs.mkdirSync(dir);
  for (const f of git(repoRoot, 'ls-files', '-z').split('\0').filter(Boolean)) {
    const from = path.join(repoRoot, f);
    if (!fs.existsSync(from)) continue; // deleted in the working tree
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.cpSync(from, path.join(dir, f), { verbatimSymlinks: true });
  }
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'hook repo');
  return { dir, rev: git(dir, 'rev-parse', 'HEAD').trim() };
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
}

function config(patch: Record<string, unknown>): string {
  return JSON.stringify(merge(unprivilegedConfig(), patch), null, 2) + '\n';
}

/** The hook repository and pre-commit's cache, made once: installing the hook builds ocilint. */
let shared: { hook: { dir: string; rev: string }; home: string } | undefined;
function setup(): { hook: { dir: string; rev: string }; home: string } {
  return (shared ??= { hook: hookRepo(), home: path.join(tempDir('ocilint-precommit-home-'), 'cache') });
}

/** A repository of two bundles (one with a finding in its config) and a file in no bundle. */
function userRepo(id: string): { work: string; run: (...args: string[]) => { status: number | null; out: string } } {
  const { hook, home } = setup();
  const work = path.join(tempDir('ocilint-precommit-'), 'repo');
  fs.mkdirSync(work);
  git(work, 'init', '-q');
  buildBundle(path.join(work, 'bundles', 'good'), { config: config({}), rootfs: BASE_TREE });
  buildBundle(path.join(work, 'bundles', 'bad'), { config: config({ process: { cwd: 'srv' } }), rootfs: BASE_TREE });
  fs.writeFileSync(path.join(work, 'README.md'), 'bundles\n');
  fs.writeFileSync(path.join(work, '.pre-commit-config.yaml'), `repos:\n  - repo: ${hook.dir}\n    rev: ${hook.rev}\n    hooks:\n      - id: ${id}\n        args: [--format, gnu]\n`);
  git(work, 'add', '-A');
  const bin = path.join(path.dirname(work), 'bin');
  fs.mkdirSync(bin);
  // The system hook's ocilint on PATH; the node hooks install their own and need no executable.
  if (fs.existsSync(standalone)) {
    fs.copyFileSync(standalone, path.join(bin, 'ocilint'));
    fs.chmodSync(path.join(bin, 'ocilint'), 0o755);
  }
  const env = {
    ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('OCILINT_'))),
    PRE_COMMIT_HOME: home,
    NO_COLOR: '1',
    ...(id === 'ocilint-system' && { PATH: `${bin}:${process.env['PATH'] ?? ''}` }),
  };
  const run = (...args: string[]) => {
    const r = spawnSync('pre-commit', ['run', '--color', 'never', ...args], { cwd: work, env, encoding: 'utf8', timeout: 580_000 });
    return { status: r.status, out: r.stdout + r.stderr };
  };
  return { work, run };
}

const FINDING = /bundles\/bad\/config\.json:\d+:\d+: error: process\.cwd "srv" is not an absolute path \[process-cwd-absolute\]/g;

describe('pre-commit', () => {
  it('ocilint-system: every bundle with a changed file is linted once, a deleted program included', { skip: skipSystem, timeout: 300_000 }, () => {
    assert.ok(fs.existsSync(standalone), `${standalone} is not built (npm run build:sea)`);
    const { work, run } = userRepo('ocilint-system');
    const all = run('--all-files');
    assert.equal(all.status, 1, all.out);
    assert.match(all.out, /ocilint \(system\)\.+Failed/);
    assert.equal(all.out.match(FINDING)?.length, 1, `bad is linted once for its ${fs.readdirSync(path.join(work, 'bundles/bad/rootfs')).length}+ files:\n${all.out}`);
    assert.doesNotMatch(all.out, /good\/config\.json/);

    fs.writeFileSync(path.join(work, 'bundles/bad/config.json'), config({}));
    git(work, 'add', '-A');
    git(work, 'commit', '-q', '-m', 'fixed');
    // A commit that only touches a file in no bundle: nothing to lint.
    fs.appendFileSync(path.join(work, 'README.md'), 'more\n');
    git(work, 'add', 'README.md');
    const readme = run();
    assert.equal(readme.status, 0, readme.out);
    assert.match(readme.out, /ocilint \(system\)\.+Passed/);
    git(work, 'commit', '-q', '-m', 'readme');

    // A commit that only deletes the program from a rootfs: pre-commit passes no file for it.
    git(work, 'rm', '-q', 'bundles/good/rootfs/bin/sh');
    const deleted = run();
    assert.equal(deleted.status, 1, deleted.out);
    assert.match(deleted.out, /bundles\/good\/config\.json:\d+:\d+: error: process\.args\[0\] "\/bin\/sh" does not exist in the rootfs \[process-args-executable\]/);
    assert.doesNotMatch(deleted.out, /bundles\/bad/);
    git(work, 'commit', '-q', '-m', 'deleted');
    // The same deletion, between two commits (pre-commit run --from-ref --to-ref, as in CI).
    const between = run('--from-ref', 'HEAD~1', '--to-ref', 'HEAD');
    assert.equal(between.status, 1, between.out);
    assert.match(between.out, /\[process-args-executable\]/);
  });

  it('ocilint (language: node): installs with npm and lints the bundle of a changed rootfs file', { skip, timeout: 600_000 }, () => {
    const { work, run } = userRepo('ocilint');
    const failed = run('--all-files');
    assert.equal(failed.status, 1, failed.out);
    assert.match(failed.out, /ocilint\.+Failed/);
    assert.equal(failed.out.match(FINDING)?.length, 1, failed.out);
    assert.doesNotMatch(failed.out, /good\/config\.json/);

    fs.writeFileSync(path.join(work, 'bundles/bad/config.json'), config({}));
    git(work, 'add', '-A');
    git(work, 'commit', '-q', '-m', 'fixed');
    // Only a rootfs file changes: the program loses its execute bits.
    fs.chmodSync(path.join(work, 'bundles/good/rootfs/bin/sh'), 0o644);
    git(work, 'add', '-A');
    const mode = run();
    assert.equal(mode.status, 1, mode.out);
    assert.match(mode.out, /bundles\/good\/config\.json:\d+:\d+: error: .*\[process-args-/);
  });

  it('the ocilint-fix hook fixes config files in place, stops that commit, and passes the next', { skip, timeout: 600_000 }, () => {
    const { hook, home } = setup();
    const work = path.join(tempDir('ocilint-precommit-fix-'), 'bundles');
    fs.mkdirSync(work);
    git(work, 'init', '-q');
    const broken = '\uFEFF' + config({ process: { capabilities: { bounding: ['cap_chown'] } } }).replace(/\n/g, '\r\n');
    const fixed = broken.slice(1).replace('"cap_chown"', '"CAP_CHOWN"');
    buildBundle(path.join(work, 'web'), { config: broken, rootfs: BASE_TREE });
    fs.writeFileSync(
      path.join(work, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${hook.dir}\n    rev: ${hook.rev}\n    hooks:\n      - id: ocilint-fix\n        args: [--format, gnu]\n`,
    );
    git(work, 'add', '-A');
    const env = { ...process.env, PRE_COMMIT_HOME: home, NO_COLOR: '1' };
    const run = () => spawnSync('pre-commit', ['run', '--all-files', '--color', 'never'], { cwd: work, env, encoding: 'utf8', timeout: 580_000 });

    const first = run();
    const out = first.stdout + first.stderr;
    assert.equal(first.status, 1, out);
    assert.match(out, /ocilint \(fix\)\.+Failed/);
    assert.match(out, /files were modified by this hook/);
    assert.equal(fs.readFileSync(path.join(work, 'web', 'config.json'), 'utf8'), fixed);

    git(work, 'add', '-A');
    const second = run();
    assert.equal(second.status, 0, second.stdout + second.stderr);
    assert.match(second.stdout, /ocilint \(fix\)\.+Passed/);
    assert.equal(fs.readFileSync(path.join(work, 'web', 'config.json'), 'utf8'), fixed);
  });
});
