// The release procedure (scripts/release.sh, docs/releasing.md): the docs' version pins agree with
// package.json, and a dry release in a scratch clone bumps, dates, packs, sums and tags.

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from './helpers/paths.js';
import { tempDir } from './helpers/fixture.js';

/** Every version the docs pin ocilint at, with where. */
function pins(root: string): { file: string; version: string }[] {
  const files = execFileSync('git', ['ls-files', '*.md', 'action.yml'], { cwd: root, encoding: 'utf8' }).split('\n').filter((f) => f && !f.startsWith('CHANGELOG'));
  const patterns = [/ocilint\/ocilint@v(\d[\w.-]*)/g, /^\s*rev: v(\d[\w.-]*)/gm, /ocilint\/ocilint#v(\d[\w.-]*)/g, /releases\/download\/v(\d[\w.-]*\d)/g, /\bocilint@(\d+\.\d+\.\d+[\w-]*)/g];
  const out: { file: string; version: string }[] = [];
  for (const file of files) {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    for (const re of patterns) for (const m of text.matchAll(re)) out.push({ file, version: m[1]! });
  }
  return out;
}

const version = (root: string): string => (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
}

describe('release', () => {
  it('the docs pin the version package.json has, and so does the code', () => {
    const found = pins(repoRoot);
    assert.ok(found.length >= 5, `expected the install docs to pin a version: ${JSON.stringify(found)}`);
    for (const p of found) assert.equal(p.version, version(repoRoot), `${p.file} pins ${p.version}`);
    assert.match(fs.readFileSync(path.join(repoRoot, 'src/core/meta.ts'), 'utf8'), new RegExp(`TOOL_VERSION = '${version(repoRoot).replace(/\./g, '\\.')}'`));
    const changelog = fs.readFileSync(path.join(repoRoot, 'CHANGELOG.md'), 'utf8');
    assert.match(changelog, /keepachangelog\.com/);
    assert.match(changelog, /^## \[Unreleased\]$/m);
  });

  it('scripts/release.sh --no-build: version, changelog, files with sums, commit and tag; nothing pushed', { timeout: 120_000 }, () => {
    // A scratch clone of the working tree, with the built files release.sh packs.
    const clone = path.join(tempDir('ocilint-release-'), 'ocilint');
    fs.mkdirSync(clone);
    for (const f of git(repoRoot, 'ls-files', '-z').split('\0').filter(Boolean)) {
      if (!fs.existsSync(path.join(repoRoot, f))) continue;
      fs.mkdirSync(path.dirname(path.join(clone, f)), { recursive: true });
      fs.cpSync(path.join(repoRoot, f), path.join(clone, f), { verbatimSymlinks: true });
    }
    for (const f of ['ocilint.cjs', 'index.mjs', 'validators', 'man']) fs.cpSync(path.join(repoRoot, 'dist', f), path.join(clone, 'dist', f), { recursive: true });
    fs.cpSync(path.join(repoRoot, 'dist/src'), path.join(clone, 'dist/src'), { recursive: true, filter: (p) => !p.endsWith('.js') });
    const exe = `ocilint-linux-${process.arch}`;
    fs.writeFileSync(path.join(clone, 'dist', exe), '#!/bin/sh\necho stand-in\n', { mode: 0o755 });
    git(clone, 'init', '-q');
    git(clone, 'add', '-A');
    git(clone, 'commit', '-q', '-m', 'before the release');
    const before = version(clone);
    const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid', GIT_CONFIG_GLOBAL: '/dev/null' };
    const release = (...args: string[]) => spawnSync('bash', ['scripts/release.sh', ...args], { cwd: clone, env, encoding: 'utf8' });

    const r = release('--no-build', '9.8.7');
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /Nothing is pushed or published/);
    assert.equal(version(clone), '9.8.7');
    assert.equal((JSON.parse(fs.readFileSync(path.join(clone, 'package-lock.json'), 'utf8')) as { version: string }).version, '9.8.7');
    assert.match(fs.readFileSync(path.join(clone, 'src/core/meta.ts'), 'utf8'), /TOOL_VERSION = '9\.8\.7'/);
    assert.match(fs.readFileSync(path.join(clone, 'test/formatters/golden/json.json'), 'utf8'), /"version": "9\.8\.7"/);
    const moved = pins(clone);
    assert.equal(moved.length, pins(repoRoot).length);
    for (const p of moved) assert.equal(p.version, '9.8.7', `${p.file} still pins ${p.version}`);
    const changelog = fs.readFileSync(path.join(clone, 'CHANGELOG.md'), 'utf8');
    assert.match(changelog, /^## \[Unreleased\]\n\n## \[9\.8\.7\] - \d{4}-\d{2}-\d{2}\n/m);
    assert.match(changelog, /^\[9\.8\.7\]: https:\/\/github\.com\/ocilint\/ocilint\/releases\/tag\/v9\.8\.7$/m);
    assert.match(changelog, /^\[Unreleased\]: https:\/\/github\.com\/ocilint\/ocilint\/compare\/v9\.8\.7\.\.\.HEAD$/m);

    const out = path.join(clone, 'dist/release/v9.8.7');
    assert.deepEqual(fs.readdirSync(out).sort(), ['RELEASE-NOTES.md', 'SHA256SUMS', exe, 'ocilint-9.8.7.tgz', 'ocilint.1'].sort());
    assert.equal(spawnSync('sha256sum', ['--check', '--strict', 'SHA256SUMS'], { cwd: out }).status, 0);
    assert.equal(fs.readFileSync(path.join(out, 'SHA256SUMS'), 'utf8').trim().split('\n').length, 3);
    const packed = JSON.parse(execFileSync('tar', ['-xzOf', path.join(out, 'ocilint-9.8.7.tgz'), 'package/package.json'], { encoding: 'utf8' })) as { version: string };
    assert.equal(packed.version, '9.8.7');
    assert.match(fs.readFileSync(path.join(out, 'RELEASE-NOTES.md'), 'utf8'), /^### Added$/m);

    assert.equal(git(clone, 'log', '-1', '--format=%s').trim(), 'Release v9.8.7');
    assert.equal(git(clone, 'rev-parse', 'v9.8.7^{commit}'), git(clone, 'rev-parse', 'HEAD'));
    assert.equal(git(clone, 'cat-file', '-t', 'v9.8.7').trim(), 'tag', 'an annotated tag');
    assert.equal(git(clone, 'status', '--porcelain', '--untracked-files=no'), '');
    assert.equal(git(clone, 'remote').trim(), '', 'no remote, nothing pushed');
    assert.notEqual(before, '9.8.7');

    // It refuses a tag that exists, an empty Unreleased section, and a dirty tree.
    assert.match(release('--no-build', '9.8.7').stderr, /tag v9\.8\.7 exists/);
    assert.match(release('--no-build', '9.9.0').stderr, /Unreleased section is empty/);
    fs.appendFileSync(path.join(clone, 'README.md'), 'x\n');
    assert.match(release('--no-build', '9.9.1').stderr, /uncommitted changes/);
    assert.match(release('--no-build', 'nine').stderr, /"nine" is not a version/);
  });
});
