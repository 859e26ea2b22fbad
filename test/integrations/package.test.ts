// The npm package as a user gets it: packed from the built tree by scripts/pack.mjs (as a release
// packs it: npm pack --ignore-scripts, so the running suite's dist/ is not rebuilt under it, with
// the contributors' scripts left out of the packed package.json), installed from the tarball into an empty project
// (dependencies from npm's cache when it has them), then run with npx and imported as the README's
// library example shows.

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot, fixturesDir } from '../helpers/paths.js';
import { tempDir } from '../helpers/fixture.js';
import { runCli } from '../helpers/cli.js';

interface Packed {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string }[];
}

/** The README's library example, as written there. */
function libraryExample(): string {
  const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const m = /^## Library\n[^]*?^```js\n([^]*?)^```$/m.exec(readme);
  assert.ok(m, 'README.md has a ## Library section with a js example');
  return m[1]!;
}

describe('npm package', { timeout: 300_000 }, () => {
  const work = tempDir('ocilint-package-');
  const npmEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('OCILINT_') && !k.startsWith('npm_')));
  const packed = (JSON.parse(execFileSync(process.execPath, [path.join(repoRoot, 'scripts/pack.mjs'), work], { cwd: repoRoot, encoding: 'utf8', env: npmEnv })) as Packed[])[0]!;
  const tarball = path.join(work, packed.filename);
  const project = path.join(work, 'project');
  fs.mkdirSync(project);
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'user-project', version: '1.0.0', private: true, type: 'module' }));

  it('holds what runs, once: no compiled modules, no code caches, one copy of each validator', () => {
    const files = packed.files.map((f) => f.path);
    for (const f of ['LICENSE', 'README.md', 'package.json', 'bin/ocilint.js', 'dist/ocilint.cjs', 'dist/index.mjs', 'dist/src/index.d.ts', 'dist/man/ocilint.1', 'schemas/1.3.0/config.schema.json', 'docs/rules/process-cwd-absolute.md']) {
      assert.ok(files.includes(f), `the package lacks ${f}`);
    }
    assert.deepEqual(files.filter((f) => /\.cache$/.test(f)), [], 'V8 code caches are for the Node that made them');
    assert.deepEqual(files.filter((f) => f.endsWith('.js') && f.startsWith('dist/')), [], 'the compiled modules are in the bundle');
    assert.deepEqual(files.filter((f) => /validators|generated/.test(f) && !f.endsWith('.d.ts')).sort(), fs.readdirSync(path.join(repoRoot, 'dist/validators')).filter((f) => f.endsWith('.cjs')).map((f) => `dist/validators/${f}`).sort());
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string>; repository: { url: string }; homepage: string; bugs: { url: string } };
    for (const hook of ['preinstall', 'install', 'postinstall']) assert.equal(pkg.scripts[hook], undefined, `no ${hook} script for users`);
    // The contributors' scripts (prepare builds a clone on npm ci) stay out of the package.
    const shipped = JSON.parse(execFileSync('tar', ['-xOzf', tarball, 'package/package.json'], { encoding: 'utf8' })) as Record<string, unknown>;
    assert.ok(pkg.scripts['prepare'], 'a clone builds on npm ci');
    assert.equal(shipped['scripts'], undefined, 'the packed package.json has no scripts');
    assert.equal(shipped['devDependencies'], undefined);
    assert.deepEqual(shipped['dependencies'], (pkg as unknown as Record<string, unknown>)['dependencies']);
    assert.match(pkg.repository.url, /github\.com\/ocilint\/ocilint/);
    assert.match(pkg.homepage, /^https:\/\/github\.com\/ocilint\/ocilint/);
    assert.match(pkg.bugs.url, /\/issues$/);
    // As small as it is today (0.5 MB packed, 3 MB unpacked), with room: 2.0 and 10.2 MB before.
    assert.ok(packed.size < 1_000_000, `packed: ${packed.size} bytes`);
    assert.ok(packed.unpackedSize < 5_000_000, `unpacked: ${packed.unpackedSize} bytes`);
  });

  it('installs from the tarball into an empty project, building nothing, and npx ocilint works', () => {
    const install = spawnSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--foreground-scripts', tarball], { cwd: project, encoding: 'utf8', env: npmEnv, timeout: 240_000 });
    assert.equal(install.status, 0, install.stdout + install.stderr);
    assert.doesNotMatch(install.stdout + install.stderr, /> ocilint@[^ ]+ (prepare|build|install|postinstall)/);
    assert.doesNotMatch(install.stdout + install.stderr, /ocilint@[^ ]+ \((prepare|preinstall|install|postinstall):/, 'npm names no script of ocilint to the user');
    const installed = path.join(project, 'node_modules', 'ocilint');
    assert.ok(fs.existsSync(path.join(installed, 'dist/man/ocilint.1')));
    assert.ok(!fs.existsSync(path.join(installed, 'src')), 'no sources to build');

    const npx = (args: string[]) => spawnSync('npx', ['--no-install', 'ocilint', ...args], { cwd: project, encoding: 'utf8', env: { ...npmEnv, NO_COLOR: '1' } });
    const hello = npx([path.join(fixturesDir, 'bundles/hello')]);
    assert.equal(hello.status, 0, hello.stdout + hello.stderr);
    assert.equal(hello.stdout, '');
    // The same JSON report as the repository's CLI, from the same directory.
    const broken = path.join(fixturesDir, 'bundles');
    const got = npx(['-f', 'json', broken]);
    const want = runCli(['-f', 'json', broken], { cwd: project });
    assert.equal(got.status, 1, got.stderr);
    assert.equal(got.stdout, want.stdout);
    assert.match(npx(['--explain', 'process-cwd-absolute']).stdout, /process\.cwd/);
    assert.match(npx(['schema']).stdout, /"\$schema"/);
    assert.match(npx(['--version']).stdout, /^\d+\.\d+\.\d+/);
  });

  it('runs the README\'s library example, with its types', () => {
    // The example's paths, made real: a bundle with a finding, and one matched by its glob.
    fs.cpSync(path.join(fixturesDir, 'bundles/broken-empty-args'), path.join(project, 'path/to/bundle'), { recursive: true });
    fs.cpSync(path.join(fixturesDir, 'bundles/hello'), path.join(project, 'deploy/web'), { recursive: true });
    fs.writeFileSync(path.join(project, 'example.mjs'), libraryExample());
    const r = spawnSync(process.execPath, ['example.mjs'], { cwd: project, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /path\/to\/bundle\/config\.json .*process-args-nonempty error/);
    const sarif = JSON.parse(r.stdout.slice(r.stdout.search(/^\{$/m))) as { version: string };
    assert.equal(sarif.version, '2.1.0');
    // The same code as TypeScript, checked against the types the package ships.
    fs.writeFileSync(path.join(project, 'example.mts'), libraryExample());
    fs.writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, typeRoots: [path.join(repoRoot, 'node_modules/@types')], types: ['node'] }, files: ['example.mts'] }));
    const tsc = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', project], { cwd: project, encoding: 'utf8' });
    assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
  });

  it('exports what the library\'s source exports', async () => {
    const src = (await import(path.join(repoRoot, 'dist/src/index.js'))) as Record<string, unknown>;
    const pkg = (await import(path.join(project, 'node_modules/ocilint/dist/index.mjs'))) as Record<string, unknown>;
    assert.deepEqual(Object.keys(pkg).sort(), Object.keys(src).sort());
  });
});
