// --cache as users meet it: the real CLI in a subprocess, real bundles on disk. Whether a run took
// a result from the cache is seen by planting a marker finding in the cache file: it shows in the
// report only when the recorded result is used.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { BASE_TREE, buildBundle, packBundle, tempDir } from '../helpers/fixture.js';
import { merge, unprivilegedConfig } from '../helpers/rule-tester.js';

const MARKER = 'planted in the cache';

/** A repository (config lookup stops at .git) with bundles/good (clean) and bundles/bad (relative cwd). */
function project(): string {
  const root = tempDir('ocilint-cache-');
  fs.mkdirSync(path.join(root, '.git'));
  buildBundle(path.join(root, 'bundles', 'good'), { config: text({}), rootfs: BASE_TREE });
  buildBundle(path.join(root, 'bundles', 'bad'), { config: text({ process: { cwd: 'srv' } }), rootfs: BASE_TREE });
  return root;
}

function text(patch: Record<string, unknown>): string {
  return JSON.stringify(merge(unprivilegedConfig(), patch), null, 2) + '\n';
}

interface Report {
  results: { filePath: string; messages: { ruleId: string; message: string }[] }[];
}

function lintJson(root: string, flags: string[] = [], paths: string[] = ['bundles']): { code: number; report: Report; stderr: string } {
  const r = runCli(['--cache', '-f', 'json', ...flags, ...paths], { cwd: root });
  assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr}`);
  return { code: r.code, report: JSON.parse(r.stdout) as Report, stderr: r.stderr };
}

/** Adds a marker finding to every result recorded in the cache file. */
function plant(file: string): void {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { entries: Record<string, { result: { diagnostics: unknown[]; errorCount: number } }> };
  for (const e of Object.values(data.entries)) {
    e.result.diagnostics.push({ ruleId: 'process-cwd-absolute', messageId: 'relative', message: MARKER, severity: 'error', location: { kind: 'bundle' } });
    e.result.errorCount++;
  }
  fs.writeFileSync(file, JSON.stringify(data));
}

/** The bundles (by directory name) whose result came from the cache. */
function cached(report: Report): string[] {
  return report.results.filter((r) => r.messages.some((m) => m.message === MARKER)).map((r) => path.basename(path.dirname(r.filePath))).sort();
}

/** Runs once to fill the cache, plants the marker, applies `change`, runs again: the bundles served from the cache. */
function afterChange(change: (root: string) => void, args: string[] = []): { served: string[]; report: Report; root: string } {
  const root = project();
  lintJson(root, args);
  plant(path.join(root, '.ocilintcache'));
  change(root);
  const { report } = lintJson(root, args);
  return { served: cached(report), report, root };
}

describe('cli: --cache', () => {
  it('a second run over unchanged bundles gives the first run\'s report, from the cache', () => {
    const root = project();
    const plain = runCli(['-f', 'json', 'bundles'], { cwd: root });
    const first = runCli(['--cache', '-f', 'json', 'bundles'], { cwd: root });
    const second = runCli(['--cache', '-f', 'json', 'bundles'], { cwd: root });
    assert.equal(first.code, 1);
    assert.equal(second.code, 1);
    assert.equal(first.stdout, plain.stdout);
    assert.equal(second.stdout, plain.stdout);
    assert.ok(fs.statSync(path.join(root, '.ocilintcache')).isFile());
    plant(path.join(root, '.ocilintcache'));
    assert.deepEqual(cached(lintJson(root).report), ['bad', 'good']);
  });

  it('is not used or written without --cache', () => {
    const root = project();
    runCli(['bundles'], { cwd: root });
    assert.ok(!fs.existsSync(path.join(root, '.ocilintcache')));
    lintJson(root);
    plant(path.join(root, '.ocilintcache'));
    const r = runCli(['-f', 'json', 'bundles'], { cwd: root });
    assert.deepEqual(cached(JSON.parse(r.stdout) as Report), []);
  });

  it('an edited config.json is linted again', () => {
    const { served, report } = afterChange((root) => fs.writeFileSync(path.join(root, 'bundles/bad/config.json'), text({ process: { cwd: 'elsewhere' } })));
    assert.deepEqual(served, ['good']);
    assert.match(JSON.stringify(report), /process.cwd \\"elsewhere\\"/);
  });

  it('a rootfs lookup that now answers differently: a removed, re-moded or re-linked program', () => {
    const rm = afterChange((root) => fs.rmSync(path.join(root, 'bundles/good/rootfs/bin/sh')));
    assert.deepEqual(rm.served, ['bad']);
    assert.ok(rm.report.results.some((r) => r.messages.some((m) => m.ruleId === 'process-args-executable')));
    const mode = afterChange((root) => fs.chmodSync(path.join(root, 'bundles/good/rootfs/bin/sh'), 0o644));
    assert.deepEqual(mode.served, ['bad']);
    assert.ok(mode.report.results.some((r) => r.messages.some((m) => m.ruleId === 'process-args-executable')));
    const link = afterChange((root) => {
      const sh = path.join(root, 'bundles/good/rootfs/bin/sh');
      fs.rmSync(sh);
      fs.symlinkSync('/usr/bin/app', sh);
    });
    assert.deepEqual(link.served, ['bad']);
  });

  it('a change the bundle\'s checks never looked at keeps the cached result', () => {
    const { served } = afterChange((root) => fs.writeFileSync(path.join(root, 'bundles/good/rootfs/tmp/scratch'), 'x'));
    assert.deepEqual(served, ['bad', 'good']);
  });

  it('root.path that is no longer a directory', () => {
    const { served, report } = afterChange((root) => {
      fs.rmSync(path.join(root, 'bundles/good/rootfs'), { recursive: true });
      fs.writeFileSync(path.join(root, 'bundles/good/rootfs'), '');
    });
    assert.deepEqual(served, ['bad']);
    assert.ok(report.results.find((r) => r.filePath.includes('good'))!.messages.length > 0);
  });

  it('root.path turned into a symlink to the same tree: every lookup answers the same, the root does not', () => {
    const { served, report } = afterChange((root) => {
      const b = path.join(root, 'bundles/good');
      fs.renameSync(path.join(b, 'rootfs'), path.join(b, 'rootfs-real'));
      fs.symlinkSync('rootfs-real', path.join(b, 'rootfs'));
    });
    assert.deepEqual(served, ['bad']);
    assert.ok(report.results.find((r) => r.filePath.includes('good'))!.messages.some((m) => /symlink/.test(m.message)), JSON.stringify(report));
  });

  it('a relative bind source that appears in the bundle directory', () => {
    const root = project();
    const good = path.join(root, 'bundles/good');
    fs.writeFileSync(path.join(good, 'config.json'), text({ mounts: [{ destination: '/mnt', type: 'bind', source: 'data', options: ['rbind', 'ro'] }] }));
    const first = lintJson(root).report;
    assert.ok(first.results.find((r) => r.filePath.includes('good'))!.messages.some((m) => m.ruleId === 'mount-bind-source-bundle'), JSON.stringify(first));
    plant(path.join(root, '.ocilintcache'));
    fs.mkdirSync(path.join(good, 'data'));
    const { report } = lintJson(root);
    assert.deepEqual(cached(report), ['bad']);
    assert.ok(!report.results.find((r) => r.filePath.includes('good'))!.messages.some((m) => m.ruleId === 'mount-bind-source-bundle'), JSON.stringify(report));
  });

  it('other settings: a configuration file, a --rule, a --spec-version', () => {
    const yaml = afterChange((root) => fs.writeFileSync(path.join(root, '.ocilint.yaml'), 'rules:\n  process-cwd-absolute: off\n'));
    assert.deepEqual(yaml.served, []);
    assert.ok(!JSON.stringify(yaml.report).includes('process-cwd-absolute'));
    const root = project();
    lintJson(root);
    plant(path.join(root, '.ocilintcache'));
    assert.deepEqual(cached(lintJson(root, ['--rule', 'process-cwd-absolute=warning']).report), []);
    plant(path.join(root, '.ocilintcache'));
    assert.deepEqual(cached(lintJson(root, ['--spec-version', '1.2.0']).report), []);
  });

  it('a run from another directory, which names the files differently, lints again', () => {
    const root = project();
    lintJson(root);
    plant(path.join(root, '.ocilintcache'));
    const r = runCli(['--cache', '--cache-location', '..', '-f', 'json', '.'], { cwd: path.join(root, 'bundles') });
    assert.deepEqual(cached(JSON.parse(r.stdout) as Report), []);
    assert.ok((JSON.parse(r.stdout) as Report).results.every((x) => !x.filePath.startsWith('bundles/')));
  });

  it('archives are cached by their bytes: touched still hits, repacked with a change does not', () => {
    const root = project();
    fs.mkdirSync(path.join(root, 'packed'));
    const tgz = packBundle(path.join(root, 'bundles/bad'), 'tgz-dot', path.join(root, 'packed/bad.tgz'));
    const plain = runCli(['-f', 'json', 'packed'], { cwd: root }).stdout;
    assert.equal(runCli(['--cache', '-f', 'json', 'packed'], { cwd: root }).stdout, plain);
    const keys = Object.keys((JSON.parse(fs.readFileSync(path.join(root, '.ocilintcache'), 'utf8')) as { entries: object }).entries);
    assert.deepEqual(keys.map((k) => path.relative(root, k)), ['packed/bad.tgz']);
    plant(path.join(root, '.ocilintcache'));
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(tgz, later, later);
    // An archive's config is named packed/bad.tgz!/config.json.
    assert.deepEqual(cached(lintJson(root, [], ['packed']).report), ['bad.tgz!']);
    fs.writeFileSync(path.join(root, 'bundles/bad/config.json'), text({ process: { cwd: 'other' } }));
    packBundle(path.join(root, 'bundles/bad'), 'tgz-dot', tgz);
    const { report } = lintJson(root, [], ['packed']);
    assert.deepEqual(cached(report), []);
    assert.match(JSON.stringify(report), /process.cwd \\"other\\"/);
  });

  it('a tar stream on standard input is never cached', () => {
    const root = project();
    const tgz = packBundle(path.join(root, 'bundles/bad'), 'tgz-dot', path.join(root, 'bad.tgz'));
    const r = runCli(['--cache', '--stdin-format', 'tar', '-f', 'json', '-'], { cwd: root, input: fs.readFileSync(tgz) });
    assert.equal(r.code, 1, r.stderr);
    assert.ok(!fs.existsSync(path.join(root, '.ocilintcache')));
  });

  it('--host-specific turns the cache off, with a warning', () => {
    const root = project();
    const r = runCli(['--cache', '--host-specific', 'bundles'], { cwd: root });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /the cache is not used with host-specific checks/);
    assert.ok(!fs.existsSync(path.join(root, '.ocilintcache')));
  });

  it('entries of bundles that are gone are dropped; bundles not linted this run keep theirs', () => {
    const root = project();
    lintJson(root);
    const entries = () => Object.keys((JSON.parse(fs.readFileSync(path.join(root, '.ocilintcache'), 'utf8')) as { entries: object }).entries).map((k) => path.relative(root, k)).sort();
    lintJson(root, [], ['bundles/bad']);
    assert.deepEqual(entries(), ['bundles/bad/config.json', 'bundles/good/config.json']);
    fs.rmSync(path.join(root, 'bundles/good'), { recursive: true });
    lintJson(root, [], ['bundles/bad']);
    assert.deepEqual(entries(), ['bundles/bad/config.json']);
  });

  it('--cache-location names a file, or a directory to keep .ocilintcache in', () => {
    const root = project();
    lintJson(root, ['--cache-location', 'cache/lint.json']);
    assert.ok(!fs.existsSync(path.join(root, 'cache/lint.json')), 'a missing directory is not created');
    fs.mkdirSync(path.join(root, 'cache'));
    lintJson(root, ['--cache-location', 'cache/lint.json']);
    assert.ok(fs.existsSync(path.join(root, 'cache/lint.json')));
    lintJson(root, ['--cache-location', 'cache']);
    assert.ok(fs.existsSync(path.join(root, 'cache/.ocilintcache')));
  });

  it('is not written into a bundle unless --cache-location says so', () => {
    const root = project();
    const inside = path.join(root, 'bundles/good');
    const r = runCli(['--cache', '.'], { cwd: inside });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /\.ocilintcache was not written: it would be inside the bundle .*bundles\/good, and ocilint writes into a bundle only when told to/);
    assert.deepEqual(fs.readdirSync(inside).sort(), ['config.json', 'rootfs']);
    const named = runCli(['--cache', '--cache-location', '.ocilintcache', '.'], { cwd: inside });
    assert.equal(named.stderr, '');
    assert.ok(fs.existsSync(path.join(inside, '.ocilintcache')));
  });

  it('a cache that cannot be written is a warning; the report stands', () => {
    const root = project();
    const r = runCli(['--cache', '--cache-location', 'missing/dir/cache', '-f', 'json', 'bundles'], { cwd: root });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /missing\/dir\/cache: cannot write the cache file: the directory \S*missing\/dir does not exist; results were not cached/);
    assert.equal((JSON.parse(r.stdout) as Report).results.length, 2);
  });

  it('never overwrites a file that is not an ocilint cache, nor hangs on a FIFO', () => {
    const root = project();
    fs.writeFileSync(path.join(root, 'package.json'), '{"name": "mine"}\n');
    const r = runCli(['--cache', '--cache-location', 'package.json', 'bundles'], { cwd: root });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /package\.json exists and is not an ocilint cache/);
    assert.equal(fs.readFileSync(path.join(root, 'package.json'), 'utf8'), '{"name": "mine"}\n');
    execFileSync('mkfifo', [path.join(root, '.ocilintcache')]);
    const fifo = runCli(['--cache', 'bundles'], { cwd: root });
    assert.equal(fifo.code, 2);
    assert.match(fifo.stderr, /\.ocilintcache: the cache file is not a regular file/);
  });

  it('an empty file at the cache location is taken as an empty cache', () => {
    const root = project();
    fs.writeFileSync(path.join(root, '.ocilintcache'), '');
    const r = lintJson(root);
    assert.equal(r.stderr, '');
    assert.equal(r.code, 1);
    assert.match(fs.readFileSync(path.join(root, '.ocilintcache'), 'utf8'), /^\{"format":"ocilint-cache\/1"/);
  });

  it('replaces a symlink at the cache location instead of writing through it', () => {
    const root = project();
    fs.writeFileSync(path.join(root, 'target'), 'keep');
    fs.symlinkSync('target', path.join(root, '.ocilintcache'));
    const r = runCli(['--cache', 'bundles'], { cwd: root });
    assert.equal(r.code, 2, 'the link leads to a file that is not a cache');
    fs.rmSync(path.join(root, '.ocilintcache'));
    lintJson(root);
    fs.renameSync(path.join(root, '.ocilintcache'), path.join(root, 'real-cache'));
    fs.symlinkSync('real-cache', path.join(root, '.ocilintcache'));
    lintJson(root, ['--rule', 'process-cwd-absolute=warning']);
    assert.ok(!fs.lstatSync(path.join(root, '.ocilintcache')).isSymbolicLink());
    assert.doesNotMatch(fs.readFileSync(path.join(root, 'real-cache'), 'utf8'), /"warning"/);
  });

  it('a damaged cache of ours is started again with a warning; one from another build is dropped silently', () => {
    const root = project();
    lintJson(root);
    const file = path.join(root, '.ocilintcache');
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { build: string; entries: Record<string, { result: { diagnostics: unknown } }> };
    for (const e of Object.values(data.entries)) e.result.diagnostics = 'not a list';
    fs.writeFileSync(file, JSON.stringify(data));
    const damaged = lintJson(root);
    assert.match(damaged.stderr, /\.ocilintcache: the cache file is damaged; starting a new one/);
    assert.equal(damaged.code, 1);
    plant(file);
    const other = JSON.parse(fs.readFileSync(file, 'utf8')) as { build: string };
    other.build = 'another-build';
    fs.writeFileSync(file, JSON.stringify(other));
    const r = lintJson(root);
    assert.equal(r.stderr, '');
    assert.deepEqual(cached(r.report), []);
  });

  it('bulk suppressions apply to cached results as to fresh ones', () => {
    const root = project();
    assert.equal(runCli(['--cache', '--suppress-all', 'bundles'], { cwd: root }).code, 0);
    for (let i = 0; i < 2; i++) {
      const r = runCli(['--cache', '-f', 'json', 'bundles'], { cwd: root });
      assert.equal(r.code, 0, r.stderr);
      const report = JSON.parse(r.stdout) as { results: { messages: unknown[]; suppressed: { suppressions: { kind: string }[] }[] }[] };
      assert.deepEqual(report.results.flatMap((x) => x.suppressed.map((d) => d.suppressions[0]!.kind)), ['bulk']);
      assert.ok(report.results.every((x) => x.messages.length === 0));
    }
  });

  it('is not read from the environment', () => {
    const root = project();
    const r = runCli(['bundles'], { cwd: root, env: { OCILINT_CACHE: 'true' } });
    assert.match(r.stderr, /OCILINT_CACHE is not read from the environment; pass --cache on the command line/);
    assert.ok(!fs.existsSync(path.join(root, '.ocilintcache')));
  });
});
