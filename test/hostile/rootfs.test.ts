// Hostile rootfs trees and bundle layouts. What these prove:
// - Rootfs.resolve never hands the raw tree a path with `..`, `.` or an absolute component, so
//   every lookup stays below the rootfs (the recording-tree property test fails otherwise);
// - links to `/`, `../../..` and absolute host paths are clamped into the rootfs;
// - a FIFO, a device or a socket where args[0] points is never opened (a /dev/zero char device
//   or a FIFO without a writer would hang or exhaust memory if it were);
// - config.json and root.path symlinks leading out of the bundle are not followed (resolveInside);
// - no host file outside the bundle is ever opened: a secret file's content never appears in any
//   output, its access time never changes, and (with strace) no file syscall names it.

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { DirTree } from '../../src/bundle/dir-tree.js';
import { Rootfs, type RawTree } from '../../src/bundle/rootfs.js';
import { buildTree, tempDir, BASE_TREE } from '../helpers/fixture.js';
import { baseConfig } from '../helpers/rule-tester.js';
import { cliPath, repoRoot } from '../helpers/paths.js';
import { checkJsonRun, runBoth, runMain } from './harness.js';

const SECRET = `OCILINT-SECRET-${process.pid}-${Date.now()}`;
const OLD = new Date('2001-01-01T00:00:00Z');

interface World {
  base: string;
  secretDir: string;
  secretFile: string;
  rootfsBundle: string;
  bundles: { name: string; dir: string }[];
  outputs: string;
}

function tryRun(cmd: string, args: string[], opts: { cwd?: string } = {}): boolean {
  try {
    execFileSync(cmd, args, { stdio: 'ignore', ...opts });
    return true;
  } catch {
    return false;
  }
}

function setOld(p: string): void {
  fs.utimesSync(p, OLD, fs.statSync(p).mtime);
}

function atimeOf(p: string): number {
  return fs.statSync(p).atimeMs;
}

/** Builds the secret outside the bundles and every hostile bundle. */
function buildWorld(): World {
  const base = tempDir('ocilint-hostile-fs-');
  const secretDir = path.join(base, 'ocilint-secret-dir');
  const secretFile = path.join(secretDir, 'secret.txt');
  fs.mkdirSync(secretDir);
  fs.writeFileSync(secretFile, `${SECRET}\n`, { mode: 0o755 });
  // A secret that is also valid JSON, in case a config link were followed and parsed.
  fs.writeFileSync(path.join(secretDir, 'config.json'), JSON.stringify({ ociVersion: SECRET, process: { args: [SECRET] } }));
  const outputs = path.join(base, 'outputs');
  fs.mkdirSync(outputs);

  const bundles: World['bundles'] = [];
  const rootfsBundle = path.join(base, 'bundle');
  const rootfs = path.join(rootfsBundle, 'rootfs');
  const relToSecret = (from: string) => path.relative(path.join(rootfs, from), secretFile);
  buildTree(rootfs, {
    ...BASE_TREE,
    'bin/sh': { symlink: secretFile }, // absolute host path
    'usr/bin/app': { symlink: relToSecret('usr/bin') }, // climbs out with ../
    'usr/bin/app2': { symlink: '../../../../../../../../../../' + secretFile.slice(1) },
    'usr/bin/up': { symlink: '../../..' },
    'hostdir': { symlink: secretDir },
    'root-link': { symlink: '/' },
    'loop/a': { symlink: 'b' },
    'loop/b': { symlink: 'a' },
    'self': { symlink: 'self' },
    'dotlink': { symlink: '.' },
    'fifo': { fifo: true },
    'unreadable': { file: '#!/bin/sh\n', mode: 0o000 },
    'new\nline': { file: 'x', mode: 0o755 },
  });
  // A real CONFIG in the rootfs under the secret's name, so a clamped lookup finds something.
  fs.mkdirSync(path.join(rootfs, 'ocilint-secret-dir'));
  fs.writeFileSync(path.join(rootfs, 'ocilint-secret-dir', 'secret.txt'), 'inside\n', { mode: 0o755 });
  tryRun('mknod', [path.join(rootfs, 'zero'), 'c', '1', '5']); // /dev/zero: endless if read
  tryRun('mknod', [path.join(rootfs, 'blockdev'), 'b', '7', '0']);
  tryRun('python3', ['-c', `import socket; socket.socket(socket.AF_UNIX).bind(${JSON.stringify(path.join(rootfs, 'sock'))})`]);
  fs.writeFileSync(Buffer.concat([Buffer.from(rootfs + '/bad-'), Buffer.from([0xff, 0xfe]), Buffer.from('-utf8')]), 'x', { mode: 0o755 });
  // 3,000 levels: longer than PATH_MAX, so built one relative mkdir at a time.
  execFileSync('python3', ['-c', `
import os, sys
fd = os.open(sys.argv[1], os.O_RDONLY)
for i in range(3000):
    os.mkdir('d', dir_fd=fd)
    nfd = os.open('d', os.O_RDONLY, dir_fd=fd)
    os.close(fd)
    fd = nfd
os.symlink(sys.argv[2], 'x', dir_fd=fd)
os.symlink('../../../../../../../../..', 'up', dir_fd=fd)
`, rootfs, secretFile]);

  const deepArg = '/' + 'd/'.repeat(3000) + 'x';
  const argCases: [string, Record<string, unknown>][] = [
    ['abs-link', { args: ['/bin/sh'] }],
    ['rel-link', { args: ['/usr/bin/app'] }],
    ['rel-link-2', { args: ['/usr/bin/app2'] }],
    ['up-link', { args: ['/usr/bin/up/ocilint-secret-dir/secret.txt'] }],
    ['dir-link', { args: ['/hostdir/secret.txt'] }],
    ['root-link', { args: ['/root-link/root-link/usr/bin/app'] }],
    ['host-path', { args: [secretFile] }],
    ['dotdot', { args: ['/../../../../..' + secretFile] }],
    ['relative-cwd', { args: ['../../../../../../' + secretFile.slice(1)], cwd: '/usr/bin' }],
    ['path-search', { args: ['secret.txt'], env: [`PATH=/hostdir:../../../../..${secretDir}:${secretDir}:/usr/bin/up/ocilint-secret-dir`] }],
    ['loop', { args: ['/loop/a'] }],
    ['self-loop', { args: ['/self'] }],
    ['dot-loop', { args: ['/dotlink/'.repeat(100) + 'bin/sh'] }],
    ['fifo', { args: ['/fifo'] }],
    ['char-device', { args: ['/zero'] }],
    ['block-device', { args: ['/blockdev'] }],
    ['socket', { args: ['/sock'] }],
    ['unreadable', { args: ['/unreadable'] }],
    ['newline', { args: ['/new\nline'] }],
    ['bad-utf8', { args: ['/bad-\ufffd\ufffd-utf8'] }],
    ['deep', { args: [deepArg] }],
    ['deep-up', { args: ['/' + 'd/'.repeat(2990) + 'up/../../../..' + secretFile] }],
    ['many-dotdots', { args: ['/' + '../'.repeat(20_000) + 'bin/sh'] }],
  ];
  // One bundle, one config file per case (a config file of any name names its directory as the
  // bundle), so the 3,000-level tree is built once.
  for (const [name, proc] of argCases) {
    const cfg = baseConfig() as { process: Record<string, unknown> };
    Object.assign(cfg.process, proc);
    const file = path.join(rootfsBundle, `case-${name}.json`);
    fs.writeFileSync(file, JSON.stringify(cfg, null, 2));
    bundles.push({ name, dir: file });
  }

  // Bundle layouts that point out of the bundle.
  const layout = (name: string, rootPath: string, extra: Record<string, string> = {}, config?: string) => {
    const dir = path.join(base, `l-${name}`);
    fs.mkdirSync(dir);
    fs.mkdirSync(path.join(dir, 'rootfs-real'));
    for (const [link, target] of Object.entries(extra)) fs.symlinkSync(target, path.join(dir, link));
    const cfg = { ...baseConfig(), root: { path: rootPath } };
    if (config === undefined) fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify(cfg));
    else fs.symlinkSync(config, path.join(dir, 'config.json'));
    bundles.push({ name, dir });
  };
  layout('root-abs', secretDir);
  layout('root-dotdot', '../ocilint-secret-dir');
  layout('root-link-abs', 'rootfs', { rootfs: secretDir });
  layout('root-link-rel', 'rootfs', { rootfs: '../ocilint-secret-dir' });
  layout('root-link-root', 'rootfs', { rootfs: '/' });
  layout('root-link-loop', 'rootfs', { rootfs: 'rootfs' });
  layout('root-link-chain', 'r1/x', { r1: 'r2', r2: '../ocilint-secret-dir' });
  layout('config-link-abs', 'rootfs', {}, path.join(secretDir, 'config.json'));
  layout('config-link-rel', 'rootfs', {}, '../ocilint-secret-dir/config.json');
  layout('config-link-file', 'rootfs', {}, secretFile);
  layout('config-link-zero', 'rootfs', {}, '/dev/zero');

  for (const p of [secretDir, secretFile, path.join(secretDir, 'config.json')]) setOld(p);
  return { base, secretDir, secretFile, rootfsBundle, bundles, outputs };
}

/** Whether this filesystem updates atime on read at all (noatime mounts do not). */
function atimeWorks(dir: string): boolean {
  const probe = path.join(dir, 'atime-probe');
  fs.writeFileSync(probe, 'x');
  setOld(probe);
  const before = atimeOf(probe);
  fs.readFileSync(probe);
  return atimeOf(probe) !== before;
}

describe('hostile rootfs', () => {
  let w: World;
  const secretAtimes = new Map<string, number>();
  before(() => {
    w = buildWorld();
    for (const p of [w.secretDir, w.secretFile, path.join(w.secretDir, 'config.json')]) secretAtimes.set(p, atimeOf(p));
  });
  after(() => {
    execFileSync('rm', ['-rf', w.base]);
  });

  it('every hostile bundle lints in-process without a crash, a hang or the secret in any output', async () => {
    for (const b of w.bundles) {
      const t0 = Date.now();
      const r = await runBoth(['--preset', 'all', b.dir], path.join(w.outputs, b.name));
      assert.ok(Date.now() - t0 < 10_000, `${b.name} took ${Date.now() - t0} ms`);
      assert.equal(checkJsonRun(r, undefined), undefined, `${b.name}: ${r.stderr}`);
      assert.ok(r.code === 0 || r.code === 1, `${b.name}: exit ${r.code} ${r.stderr}`);
      const all = r.stdout + r.stderr + r.stylish + r.rest;
      assert.ok(!all.includes(SECRET), `${b.name}: the secret appeared in the output`);
    }
  });

  it('links are clamped to the rootfs and special files are reported, not opened', async () => {
    const find = async (name: string) => {
      const b = w.bundles.find((x) => x.name === name)!;
      const r = await runMain(['-f', 'json', b.dir]);
      return (JSON.parse(r.stdout).results[0].messages as { ruleId: string; messageId: string; rootfsPath: string | null; message: string }[])
        .filter((m) => m.ruleId === 'process-args-executable' || m.ruleId === 'root-path-exists' || m.ruleId === 'config-file-readable');
    };
    // /bin/sh -> <absolute host path of the secret>: looked up inside the rootfs, as the runtime
    // sees it after pivot_root, where nothing has that name: missing, though the host file exists.
    assert.deepEqual((await find('abs-link')).map((m) => m.messageId), ['missing']);
    // Relative links that climb out are clamped at the rootfs's root, where a file of the
    // secret's name does exist (written inside the rootfs for this purpose).
    assert.deepEqual(await find('rel-link'), []);
    // hostdir -> <absolute host path of the secret's directory>: no such directory in the rootfs.
    assert.deepEqual((await find('dir-link')).map((m) => m.messageId), ['missing']);
    assert.deepEqual(await find('up-link'), []);
    for (const [name, id] of [['loop', 'loop'], ['self-loop', 'loop'], ['fifo', 'notRegular'], ['socket', 'notRegular'], ['unreadable', 'notExecutable']] as const) {
      assert.deepEqual((await find(name)).map((m) => m.messageId), [id], name);
    }
    if (fs.existsSync(path.join(w.rootfsBundle, 'rootfs', 'zero'))) {
      assert.match((await find('char-device'))[0]!.message, /character device/);
      assert.match((await find('block-device'))[0]!.message, /block device/);
    }
    assert.deepEqual((await find('root-abs')).map((m) => m.messageId), ['outside']);
    assert.deepEqual((await find('root-dotdot')).map((m) => m.messageId), ['outside']);
    assert.match((await find('root-link-abs'))[0]!.message, /leads out of the bundle/);
    assert.match((await find('root-link-rel'))[0]!.message, /leads out of the bundle/);
    assert.match((await find('root-link-root'))[0]!.message, /leads out of the bundle/);
    for (const name of ['config-link-abs', 'config-link-rel', 'config-link-file', 'config-link-zero']) {
      const m = await find(name);
      assert.deepEqual(m.map((x) => x.messageId), ['unreadable'], name);
      assert.match(m[0]!.message, /leads out of the bundle/, name);
    }
  });

  it('a few real subprocess runs over every hostile bundle at once', () => {
    for (const format of ['json', 'stylish']) {
      const r = spawnSync(process.execPath, [cliPath, '-f', format, ...w.bundles.map((b) => b.dir)], { encoding: 'utf8', timeout: 60_000 });
      assert.equal(r.status, 1, r.stderr);
      assert.ok(!(r.stdout + r.stderr).includes(SECRET));
      if (format === 'json') JSON.parse(r.stdout);
    }
  });

  // Protection: discovery walks directories iteratively, does not follow symlinked directories
  // (no loops through root-link -> /), stops at a bundle, and skips what it cannot read (a
  // 3,000-level tree passes PATH_MAX). Runs before the atime check, since it reads the most.
  it('searching the whole hostile tree for bundles terminates without a crash', async () => {
    const t0 = Date.now();
    // The directory of the case configs has no config.json of its own: discovery walks all of it
    // (the rootfs with its loops, special files and 3,000-level tree) and finds zz-nested.
    fs.mkdirSync(path.join(w.rootfsBundle, 'zz-nested'), { recursive: true });
    fs.writeFileSync(path.join(w.rootfsBundle, 'zz-nested', 'config.json'), JSON.stringify(baseConfig()));
    const layouts = w.bundles.filter((b) => !b.dir.endsWith('.json')).map((b) => b.dir);
    const r = await runMain(['-f', 'json', w.rootfsBundle, ...layouts]);
    assert.equal(checkJsonRun(r, undefined), undefined, r.stderr);
    assert.equal(r.code, 1, r.stderr);
    assert.ok(!r.stdout.includes(SECRET));
    const files = (JSON.parse(r.stdout) as { results: { filePath: string }[] }).results.map((x) => x.filePath);
    assert.ok(files.some((f) => f.includes('zz-nested')));
    assert.ok(files.some((f) => f.includes('l-root-abs')));
    assert.ok(Date.now() - t0 < 20_000);
  });

  it('the secret outside the bundles was never read (atime unchanged)', (t) => {
    if (!atimeWorks(w.base)) return t.skip('this filesystem does not update access times (noatime)');
    for (const [p, before] of secretAtimes) assert.equal(atimeOf(p), before, `${p} was read`);
  });

  it('under strace, no file syscall names a path outside the bundles', (t) => {
    if (!tryRun('strace', ['-V'])) return t.skip('strace is not installed (apt-get install strace)');
    const log = path.join(w.base, 'strace.log');
    const r = spawnSync('strace', ['-f', '-qq', '-s', '4096', '-e', 'trace=%file', '-o', log, process.execPath, cliPath, '-f', 'json', '--preset', 'all', ...w.bundles.map((b) => b.dir)], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    assert.equal(r.status, 1, r.stderr);
    const dirs = [w.rootfsBundle, ...w.bundles.filter((b) => !b.dir.endsWith('.json')).map((b) => b.dir)];
    const allowedTmp = dirs.map((d) => d + '/');
    const lines = fs.readFileSync(log, 'utf8').split('\n');
    const offenders: string[] = [];
    let checked = 0;
    for (const line of lines) {
      // The first string argument of a file syscall is the path it acts on; readlink's second
      // string is its result, which may well name the secret, and is not a lookup.
      const m = /^\d+\s+(\w+)\((?:AT_FDCWD|\d+(?:<[^>]*>)?)?,?\s*"((?:[^"\\]|\\.)*)"/.exec(line);
      if (!m) continue;
      const [, call, raw] = m;
      const p = raw!.replace(/\\x([0-9a-f]{2})/g, (_s, h: string) => String.fromCharCode(parseInt(h, 16))).replace(/\\n/g, '\n').replace(/\\(.)/g, '$1');
      checked++;
      if (p.includes('ocilint-secret-dir') && !allowedTmp.some((a) => p.startsWith(a))) offenders.push(`${call}: ${p}`);
      // Inside a bundle, or an ancestor of one (realpath of the bundle directory lstats those).
      const ancestor = dirs.some((d) => d.startsWith(p + '/'));
      // The tool's own configuration may be looked up (not opened: none exists here) in the
      // directories above a bundle, the way ESLint finds its config; that is not bundle content.
      const dir = path.dirname(p);
      const toolConfig = /^\.ocilint|^\.git$/.test(path.basename(p)) && dirs.some((d) => d === dir || d.startsWith(dir + '/'));
      if (p.startsWith(w.base) && !ancestor && !toolConfig && !dirs.includes(p) && !allowedTmp.some((a) => p.startsWith(a))) offenders.push(`${call}: ${p}`);
      if (call!.startsWith('open') && ancestor) offenders.push(`${call}: ${p}`);
      if (call!.startsWith('open') && p.startsWith('/') && !p.startsWith(w.base) && !/^\/(proc|sys|dev|etc|usr|lib|lib64|opt|root\/\.)/.test(p) && !p.startsWith(repoRoot) && !p.startsWith(path.dirname(path.dirname(process.execPath)))) {
        offenders.push(`${call}: ${p}`);
      }
    }
    // No writes anywhere: nothing opened for writing or created, no file renamed, removed,
    // linked or changed in its metadata.
    const writes = lines.filter((l) => /O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|^\d+\s+(mkdir|mkdirat|unlink|unlinkat|rmdir|rename|renameat2?|symlink|symlinkat|link|linkat|chmod|fchmodat|chown|fchownat|lchown|utimensat|utimes|truncate|mknod|mknodat)\(/.test(l));
    assert.deepEqual(writes, []);
    assert.ok(checked > 100, `only ${checked} syscalls parsed from the strace log`);
    assert.deepEqual(offenders, []);
  });

  // Protection: Rootfs.readFile reads only what resolves to a regular file, and DirTree.readFile
  // opens with O_NONBLOCK | O_NOFOLLOW and checks fstat before reading. Without either, a FIFO
  // with no writer blocks forever and /dev/zero never ends (the time bound fails).
  it('reading a FIFO, a device, a socket or a link never blocks and returns nothing', () => {
    const root = path.join(w.rootfsBundle, 'rootfs');
    const view = new Rootfs(new DirTree(root));
    const raw = new DirTree(root);
    const t0 = Date.now();
    for (const p of ['fifo', 'zero', 'blockdev', 'sock', 'bin/sh', 'hostdir', 'self', 'loop/a']) {
      assert.equal(view.readFile('/' + p, 1 << 20), undefined, p);
      assert.equal(raw.readFile(p, 1 << 20), undefined, `raw ${p}`);
    }
    assert.ok(Date.now() - t0 < 2000);
  });

  // The unit-level guarantee behind all of the above: whatever path is asked for, Rootfs hands its
  // raw tree only clean relative paths (no '..', '.', '' or leading '/'), so DirTree's
  // path.join(root, rel) always names something below the root.
  it('Rootfs.resolve only ever asks the raw tree for clean relative paths (property)', () => {
    const root = path.join(w.rootfsBundle, 'rootfs');
    const seen: string[] = [];
    const dir = new DirTree(root);
    const recording: RawTree = {
      lstat: (rel) => (seen.push(rel), dir.lstat(rel)),
      readlink: (rel) => (seen.push(rel), dir.readlink(rel)),
      readFile: (rel, limit) => (seen.push(rel), dir.readFile(rel, limit)),
      readdir: (rel) => (seen.push(rel), dir.readdir(rel)),
    };
    const fsView = new Rootfs(recording);
    const comp = fc.constantFrom('..', '.', '', 'bin', 'sh', 'usr', 'up', 'app', 'app2', 'root-link', 'hostdir', 'loop', 'a', 'self', 'dotlink',
      'fifo', 'zero', 'sock', 'd', 'x', 'ocilint-secret-dir', 'secret.txt', 'new\nline', '\u0000', 'tmp');
    fc.assert(
      fc.property(fc.array(comp, { maxLength: 40 }), fc.boolean(), (parts, follow) => {
        seen.length = 0;
        const p = (follow ? '/' : '') + parts.join('/');
        const r = fsView.resolve(p, follow);
        fsView.readFile(p, 16);
        fsView.readdir(p);
        for (const rel of seen) {
          assert.ok(rel === '' || rel.split('/').every((c) => c !== '' && c !== '.' && c !== '..'), `raw tree asked for ${JSON.stringify(rel)}`);
        }
        if (r.ok) assert.ok(path.resolve(root, '.' + r.path).startsWith(root));
      }),
      { seed: 42, numRuns: 2000 },
    );
  });
});
