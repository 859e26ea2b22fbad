// The tar index and the rootfs view over it: header formats, links, implied directories, lazy
// reads, and a walk of a whole tree compared with the directory view.

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { describe, it } from 'node:test';
import { ArchiveBundleSource, ArchiveIndex, ArchiveTree } from '../../src/bundle/archive-source.js';
import { DirTree } from '../../src/bundle/dir-tree.js';
import { Rootfs } from '../../src/bundle/rootfs.js';
import { TarIndexer } from '../../src/bundle/tar.js';
import { ARCHIVE_VARIANTS, BASE_TREE, buildBundle, packBundle, tempDir, type Tree } from '../helpers/fixture.js';
import { cliPath } from '../helpers/paths.js';

/** One hand-made tar header block (ustar), with a correct checksum unless `badSum`. */
function header(o: { name: string; type?: string; size?: number; mode?: number; uid?: number; link?: string; prefix?: string; base256Size?: boolean }): Buffer {
  const h = Buffer.alloc(512);
  h.write(o.name, 0, 100, 'utf8');
  h.write((o.mode ?? 0o644).toString(8).padStart(7, '0') + '\0', 100);
  h.write((o.uid ?? 0).toString(8).padStart(7, '0') + '\0', 108);
  h.write('0000000\0', 116);
  if (o.base256Size) {
    h[124] = 0x80;
    h.writeUIntBE(o.size ?? 0, 136 - 6, 6);
  } else h.write((o.size ?? 0).toString(8).padStart(11, '0') + '\0', 124);
  h.write('00000000000\0', 136);
  h.write(o.type ?? '0', 156);
  if (o.link) h.write(o.link, 157, 100, 'utf8');
  h.write('ustar\0', 257);
  h.write('00', 263);
  if (o.prefix) h.write(o.prefix, 345, 155, 'utf8');
  h.fill(0x20, 148, 156);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
  return h;
}

function body(data: string | Buffer): Buffer {
  const b = Buffer.from(data);
  return Buffer.concat([b, Buffer.alloc((512 - (b.length % 512)) % 512)]);
}

function index(tar: Buffer, chunk = 7): TarIndexer {
  const ix = new TarIndexer();
  for (let i = 0; i < tar.length; i += chunk) ix.push(tar.subarray(i, i + chunk));
  ix.end();
  return ix;
}

const END = Buffer.alloc(1024);

describe('tar index', () => {
  it('reads ustar prefixes, GNU long names and links, PAX paths, base-256 sizes, in chunks of any size', () => {
    const long = 'd/' + 'n'.repeat(150) + '/file';
    const paxRec = (k: string, v: string): string => {
      let len = k.length + v.length + 3;
      len += String(len).length;
      if (String(len).length !== String(len - String(len).length).length) len++;
      return `${len} ${k}=${v}\n`;
    };
    const pax = paxRec('path', 'p/' + 'x'.repeat(200));
    const tar = Buffer.concat([
      header({ name: 'file', prefix: 'a/b', size: 3 }),
      body('abc'),
      header({ name: '././@LongLink', type: 'L', size: long.length + 1 }),
      body(long + '\0'),
      header({ name: long.slice(0, 99), size: 2 }),
      body('hi'),
      header({ name: '././@LongLink', type: 'K', size: 201 }),
      body('t'.repeat(200) + '\0'),
      header({ name: 'sym', type: '2', link: 'short' }),
      header({ name: 'PaxHeaders/x', type: 'x', size: Buffer.byteLength(pax) }),
      body(pax),
      header({ name: 'ignored', size: 1 }),
      body('z'),
      header({ name: 'big', size: 600, base256Size: true }),
      body('q'.repeat(600)),
      header({ name: '../escape', size: 1 }),
      body('e'),
      header({ name: './dir/', type: '5', mode: 0o1777 }),
      END,
    ]);
    for (const chunk of [1, 7, 512, 100000]) {
      const ix = index(tar, chunk);
      assert.equal(ix.damage, undefined, String(chunk));
      const e = ix.entries;
      assert.equal(Buffer.from(e.get('a/b/file')!.data!).toString(), 'abc');
      assert.equal(Buffer.from(e.get(long)!.data!).toString(), 'hi');
      assert.equal(e.get('sym')!.link, 't'.repeat(200));
      assert.equal(Buffer.from(e.get('p/' + 'x'.repeat(200))!.data!).toString(), 'z');
      assert.equal(e.get('big')!.size, 600);
      assert.equal(e.has('../escape') || e.has('escape'), false);
      assert.equal(e.get('dir')!.mode, 0o1777);
      assert.equal(e.get('dir')!.type, 'dir');
    }
  });

  it('takes a header checksum summed over unsigned or signed bytes, and nothing else', () => {
    // A name with bytes over 127 makes the two sums differ; old tars wrote the signed one.
    const unsignedHeader = header({ name: 'caf\u00e9/\u00fcber.txt', size: 3 });
    const unsignedSum = parseInt(unsignedHeader.toString('latin1', 148, 154), 8);
    let high = 0;
    for (const b of unsignedHeader) if (b > 127) high++;
    assert.ok(high > 0);
    const withSum = (sum: number): Buffer => {
      const h = Buffer.from(unsignedHeader);
      h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
      return Buffer.concat([h, body('abc'), END]);
    };
    for (const sum of [unsignedSum, unsignedSum - 256 * high]) {
      const ix = index(withSum(sum), 512);
      assert.equal(ix.damage, undefined, `sum ${sum}`);
      assert.ok(ix.entries.has('caf\u00e9/\u00fcber.txt'));
    }
    for (const sum of [unsignedSum + 1, unsignedSum - 256 * high - 1, unsignedSum - 256]) {
      const ix = index(withSum(sum), 512);
      assert.equal(ix.damage?.reason, 'corrupt', `sum ${sum}`);
    }
  });

  it('gives hard links their target\'s contents, and implies parent directories', () => {
    const tar = Buffer.concat([header({ name: 'x/y/target', size: 2, mode: 0o755 }), body('#!'), header({ name: 'x/hard', type: '1', link: './x/y/target' }), header({ name: 'x/dangling', type: '1', link: 'nope' }), END]);
    const ix = index(tar, 512);
    const tree = new ArchiveTree(new ArchiveIndex(ix.entries, undefined), '');
    const fsv = new Rootfs(tree);
    assert.equal(fsv.stat('/x/hard')?.mode, 0o755);
    assert.equal(Buffer.from(fsv.readFile('/x/hard')!).toString(), '#!');
    assert.equal(fsv.stat('/x/dangling'), undefined);
    assert.equal(fsv.stat('/x/y')?.type, 'dir');
    assert.deepEqual(fsv.readdir('/')!.sort(), ['x']);
    assert.deepEqual(fsv.readdir('/x')!.sort(), ['dangling', 'hard', 'y']);
  });

  it('reads a large file lazily, from an uncompressed archive and from a small .tgz', async () => {
    const dir = path.join(tempDir(), 'bundle');
    const big = Buffer.alloc(300_000, 'b');
    big.write('#!/bin/sh\n');
    buildBundle(dir, { config: '{"ociVersion":"1.3.0","root":{"path":"rootfs"}}', rootfs: { 'opt/big': { file: big } } });
    for (const v of ARCHIVE_VARIANTS) {
      const src = new ArchiveBundleSource(packBundle(dir, v));
      await src.readConfig(1 << 20);
      const fsv = src.openRootfs('rootfs')!;
      assert.equal(fsv.readFile('/opt/big', 1 << 20)?.length, 300_000, v);
      assert.equal(Buffer.from(fsv.readFile('/opt/big', 10)!).toString(), '#!/bin/sh\n', v);
    }
  });
});

describe('rootfs view over an archive', () => {
  const tree: Tree = {
    ...BASE_TREE,
    'etc/ssl/certs/ca.pem': { file: 'pem' },
    'usr/local/bin/tool': { file: 'x', mode: 0o4755 },
    'usr/lib/libc.so.6': { file: 'elf', mode: 0o755 },
    'lib': { symlink: 'usr/lib' },
    'bin/abs': { symlink: '/usr/bin/app' },
    'bin/up': { symlink: '../../../usr/bin/app' },
    'bin/loop': { symlink: 'loop' },
    'bin/dangling': { symlink: '/nowhere' },
    'var/run': { symlink: '../run' },
    run: { dir: true, mode: 0o700 },
    'tmp/fifo': { fifo: true },
    'srv/empty': 'dir',
  };

  it('answers every lookup exactly as the directory view does', async () => {
    const dir = path.join(tempDir(), 'bundle');
    buildBundle(dir, { config: '{"ociVersion":"1.3.0","root":{"path":"rootfs"}}', rootfs: tree });
    const dirView = new Rootfs(new DirTree(path.join(dir, 'rootfs')));
    const probes = [
      '/', '/bin', '/bin/sh', '/bin/abs', '/bin/up', '/bin/loop', '/bin/dangling', '/lib/libc.so.6', '/lib', '/var/run', '/var/run/x',
      '/run', '/tmp/fifo', '/srv/empty', '/usr/local/bin/tool', '/etc/passwd/x', '/../../etc/passwd', '/nope', '/etc/ssl/certs/ca.pem',
    ];
    for (const v of ARCHIVE_VARIANTS) {
      const src = new ArchiveBundleSource(packBundle(dir, v));
      await src.readConfig(1 << 20);
      const arView = src.openRootfs('rootfs')!;
      for (const p of probes) {
        for (const follow of [true, false]) {
          const a = arView.resolve(p, follow);
          const d = dirView.resolve(p, follow);
          // Directory sizes are the filesystem's business (4096 on ext4, 0 in tar headers).
          const norm = (r: typeof a) => (r.ok && r.stat.type === 'dir' ? { ...r, stat: { ...r.stat, size: 0 } } : r);
          assert.deepEqual(norm(a), norm(d), `${v}: ${p} follow=${follow}`);
        }
        assert.deepEqual(arView.readFile(p), dirView.readFile(p), `${v}: readFile ${p}`);
        assert.deepEqual(arView.readdir(p)?.sort(), dirView.readdir(p)?.sort(), `${v}: readdir ${p}`);
      }
    }
  });
});

describe('archives on the command line', () => {
  it('lints a tar stream on stdin with --stdin-format tar, and a directory of archives in order', () => {
    const dir = path.join(tempDir(), 'bundle');
    buildBundle(dir, { config: '{"ociVersion":"1.3.0","root":{"path":"rootfs"},"process":{"cwd":"/","args":["/bin/nope"]}}', rootfs: BASE_TREE });
    const tgz = packBundle(dir, 'tgz-dot');
    const r = spawnSync(process.execPath, [cliPath, '-f', 'json', '--stdin-format', 'tar', '-'], { input: fs.readFileSync(tgz) });
    assert.equal(r.status, 1, r.stderr.toString());
    const out = JSON.parse(r.stdout.toString()) as { diagnostics?: { ruleId: string }[]; results?: unknown };
    assert.match(JSON.stringify(out), /process-args-executable/);

    const many = tempDir();
    for (const n of ['b', 'a', 'c']) fs.copyFileSync(tgz, path.join(many, `${n}.tgz`));
    fs.mkdirSync(path.join(many, 'sub'));
    execFileSync('cp', ['-r', dir, path.join(many, 'sub', 'dirbundle')]);
    const r2 = spawnSync(process.execPath, [cliPath, '-f', 'json', '--concurrency', '2', many]);
    const files = [...r2.stdout.toString().matchAll(/"filePath":\s*"([^"]+)"/g)].map((m) => path.relative(many, m[1]!));
    assert.deepEqual(files, ['a.tgz!/config.json', 'b.tgz!/config.json', 'c.tgz!/config.json', 'sub/dirbundle/config.json']);
  });

  it('an xz archive given by name, or found in a directory, is named as unread, not parsed as a config', () => {
    const dir = path.join(tempDir(), 'bundle');
    buildBundle(dir, { config: '{"ociVersion":"1.3.0","root":{"path":"rootfs"},"process":{"cwd":"/","args":["/bin/sh"]}}', rootfs: BASE_TREE });
    const many = tempDir();
    const xz = path.join(many, 'b.tar.xz');
    fs.writeFileSync(xz, execFileSync('sh', ['-c', 'tar -cf - -C "$1" . | xz -c', 'sh', dir]));
    fs.copyFileSync(packBundle(dir, 'tgz-dot'), path.join(many, 'a.tgz'));
    for (const args of [[xz], [many]]) {
      const r = spawnSync(process.execPath, [cliPath, '-f', 'json', ...args]);
      assert.equal(r.status, 1, r.stderr.toString());
      const results = (JSON.parse(r.stdout.toString()) as { results: { filePath: string; messages: { ruleId: string; message: string; help: string | null }[] }[] }).results.map((f) => [
        path.relative(many, f.filePath),
        f.messages.filter((m) => m.ruleId.startsWith('archive') || m.ruleId.startsWith('json')).map((m) => [m.message, m.help]),
      ]);
      const xzResult = ['b.tar.xz!/config.json', [[`The archive ${xz} is xz-compressed, which ocilint does not read`, 'Repack it as .tar or .tar.gz.']]];
      assert.deepEqual(results, args[0] === xz ? [xzResult] : [['a.tgz!/config.json', []], xzResult]);
    }
  });

  it('a gzip bomb-sized header claim does not hang: an entry larger than the archive', () => {
    const tar = Buffer.concat([header({ name: 'config.json', size: 1e9 }), body('{}')]);
    const ix = index(zlib.gunzipSync(zlib.gzipSync(tar)), 4096);
    assert.equal(ix.damage?.reason, 'truncated');
    assert.match(ix.damage!.detail, /config\.json/);
  });
});

describe('many bundles', () => {
  it('gives the same report in the same order on one thread and on several', () => {
    const many = tempDir();
    const good = path.join(tempDir(), 'good');
    buildBundle(good, { config: '{"ociVersion":"1.3.0","root":{"path":"rootfs"},"process":{"cwd":"/","args":["/bin/sh"]}}', rootfs: BASE_TREE });
    const bad = path.join(tempDir(), 'bad');
    buildBundle(bad, { config: '{"ociVersion":"1.3.0","root":{"path":"rootfs"},"process":{"cwd":"rel","args":["/bin/nope"]}}', rootfs: BASE_TREE });
    const tgz = packBundle(bad, 'tgz-dot');
    for (let i = 0; i < 260; i++) {
      const name = `b${String(i).padStart(3, '0')}`;
      if (i % 3 === 2) fs.copyFileSync(tgz, path.join(many, `${name}.tgz`));
      else fs.cpSync(i % 3 ? bad : good, path.join(many, name), { recursive: true, verbatimSymlinks: true });
    }
    const run = (c: string) => spawnSync(process.execPath, [cliPath, '-f', 'json', '--concurrency', c, many], { maxBuffer: 1 << 26 });
    const one = run('1');
    const two = run('2');
    assert.equal(one.status, 1, one.stderr.toString());
    assert.equal(two.status, 1, two.stderr.toString());
    assert.equal(two.stdout.toString(), one.stdout.toString());
    const files = [...one.stdout.toString().matchAll(/"filePath":\s*"([^"]+)"/g)].map((m) => path.basename(path.dirname(m[1]!)));
    assert.equal(files.length, 260);
  });
});

describe('header-only entries', () => {
  it('reads no data after a link, directory or device whatever its size field says', () => {
    const tar = Buffer.concat([
      header({ name: 'hard', type: '1', link: 'f', size: 5 }),
      header({ name: 'd', type: '5', size: 4096 }),
      header({ name: 'f', size: 2 }),
      body('ok'),
      END,
    ]);
    const ix = index(tar, 512);
    assert.equal(ix.damage, undefined);
    assert.deepEqual([...ix.entries.keys()].sort(), ['d', 'f', 'hard']);
    assert.equal(Buffer.from(ix.entries.get('f')!.data!).toString(), 'ok');
  });
});

describe('damaged archives', () => {
  it('never throw and never hang: 300 random cuts, byte flips and insertions of a .tar and a .tgz', async () => {
    const { lintSource } = await import('../../src/engine/lint.js');
    const { resolveSettings } = await import('../../src/engine/presets.js');
    const { allRules } = await import('../../src/rules/all.js');
    const settings = resolveSettings(allRules.map((r) => r.meta), 'all');
    const dir = path.join(tempDir(), 'bundle');
    buildBundle(dir, { config: '{"ociVersion":"1.3.0","root":{"path":"rootfs"},"process":{"cwd":"/","args":["/bin/sh"]}}', rootfs: { ...BASE_TREE, 'bin/link': { symlink: 'sh' } } });
    let seed = 7;
    const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n);
    for (const variant of ['gnu-plain', 'tgz-dot'] as const) {
      const file = packBundle(dir, variant);
      const orig = fs.readFileSync(file);
      const out = file.replace(/(\.t\w+)$/, '-m$1');
      for (let i = 0; i < 150; i++) {
        const b = Buffer.from(orig);
        let m: Buffer = b;
        const kind = rnd(3);
        if (kind === 0) m = b.subarray(0, rnd(b.length));
        else if (kind === 1) for (let k = 0; k < 1 + rnd(8); k++) b[rnd(b.length)] = rnd(256);
        else {
          const at = rnd(b.length);
          m = Buffer.concat([b.subarray(0, at), Buffer.alloc(rnd(2000), rnd(256)), b.subarray(at)]);
        }
        fs.writeFileSync(out, m);
        const t = Date.now();
        const r = await lintSource(new ArchiveBundleSource(out), { rules: allRules, settings });
        assert.ok(Date.now() - t < 2000, 'slow');
        for (const d of r.diagnostics) assert.ok(!/\{\{\w+\}\}/.test(d.message), d.message);
      }
    }
  });
});
