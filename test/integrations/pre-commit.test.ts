// A real pre-commit run: Debian's `pre-commit` installs this working tree as a hook repository
// (language: node, so npm installs and builds it) and runs it over a scratch repository of
// bundles. Skipped, saying why, when pre-commit is not installed (.ci/run installs it).

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

describe('pre-commit', () => {
  it('runs ocilint through .pre-commit-hooks.yaml with language: node', { skip, timeout: 600_000 }, () => {
    const { hook, home } = setup();
    const work = path.join(tempDir('ocilint-precommit-'), 'bundles');
    fs.mkdirSync(work);
    git(work, 'init', '-q');
    buildBundle(path.join(work, 'good'), { config: config({}), rootfs: BASE_TREE });
    buildBundle(path.join(work, 'bad'), { config: config({ process: { cwd: 'srv' } }), rootfs: BASE_TREE });
    fs.writeFileSync(
      path.join(work, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${hook.dir}\n    rev: ${hook.rev}\n    hooks:\n      - id: ocilint\n        args: [--format, gnu]\n`,
    );
    git(work, 'add', '-A');
    const env = { ...process.env, PRE_COMMIT_HOME: home, NO_COLOR: '1' };
    const run = () => spawnSync('pre-commit', ['run', '--all-files', '--color', 'never'], { cwd: work, env, encoding: 'utf8', timeout: 580_000 });

    const failed = run();
    const out1 = failed.stdout + failed.stderr;
    assert.equal(failed.status, 1, out1);
    assert.match(out1, /ocilint\.+Failed/);
    assert.match(out1, /bad\/config\.json:\d+:\d+: error: process\.cwd "srv" is not an absolute path \[process-cwd-absolute\]/);
    assert.doesNotMatch(out1, /good\/config\.json/);

    fs.writeFileSync(path.join(work, 'bad', 'config.json'), config({}));
    git(work, 'add', '-A');
    const passed = run();
    assert.equal(passed.status, 0, passed.stdout + passed.stderr);
    assert.match(passed.stdout, /ocilint\.+Passed/);
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
