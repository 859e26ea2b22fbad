import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { DirTree } from '../../src/bundle/dir-tree.js';
import { Rootfs } from '../../src/bundle/rootfs.js';
import { buildTree, tempDir } from '../helpers/fixture.js';

function view(tree: Parameters<typeof buildTree>[1]): Rootfs {
  const root = path.join(tempDir(), 'rootfs');
  buildTree(root, tree);
  return new Rootfs(new DirTree(root));
}

describe('Rootfs', () => {
  const fs = view({
    'usr/bin/app': { file: 'x', mode: 0o755 },
    'bin': { symlink: 'usr/bin' },
    'abs': { symlink: '/usr/bin/app' },
    'up': { symlink: '../../../../usr/bin/app' },
    'hostroot': { symlink: '/' },
    'loop1': { symlink: 'loop2' },
    'loop2': { symlink: 'loop1' },
    'etc/file': { file: 'data' },
  });

  it('follows relative and absolute links inside the root', () => {
    assert.equal(fs.stat('/bin/app')?.type, 'file');
    assert.equal(fs.stat('/abs')?.type, 'file');
    const r = fs.resolve('/bin/app');
    assert.ok(r.ok && r.path === '/usr/bin/app');
  });
  it('clamps .. and absolute targets to the root', () => {
    const r = fs.resolve('/up');
    assert.ok(r.ok && r.path === '/usr/bin/app');
    const h = fs.resolve('/hostroot/etc/file');
    assert.ok(h.ok && h.path === '/etc/file');
    assert.equal(fs.stat('/../../../../etc/file')?.type, 'file');
  });
  it('detects loops', () => {
    const r = fs.resolve('/loop1');
    assert.ok(!r.ok && r.reason === 'loop');
  });
  it('lstat does not follow the final link', () => {
    assert.equal(fs.lstat('/bin')?.type, 'symlink');
    assert.equal(fs.stat('/bin')?.type, 'dir');
  });
  it('says when a parent is not a directory', () => {
    const r = fs.resolve('/etc/file/x');
    assert.ok(!r.ok && r.reason === 'not-dir');
  });
  it('reads regular files only, with a limit', () => {
    assert.equal(Buffer.from(fs.readFile('/etc/file')!).toString(), 'data');
    assert.equal(Buffer.from(fs.readFile('/etc/file', 2)!).toString(), 'da');
    assert.equal(fs.readFile('/usr/bin'), undefined);
    assert.deepEqual(fs.readdir('/bin'), ['app']);
  });
});

describe('DirTree listings', () => {
  // 1,000 devices under /dev: after LIST_AFTER lookups in one directory, its listing answers
  // for missing names without an lstat each.
  const root = path.join(tempDir(), 'rootfs');
  const tree: Parameters<typeof buildTree>[1] = { 'dev/sub/inner': { file: 'x' }, 'dev/link': { symlink: 'sub' } };
  for (let i = 0; i < 10; i++) tree[`dev/d${i}`] = { file: String(i), mode: i % 2 ? 0o755 : 0o644 };
  buildTree(root, tree);

  it('answers exactly as lstat does, for names present and missing, before and after listing', () => {
    const fsView = new Rootfs(new DirTree(root));
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 100; i++) {
        const st = fsView.lstat(`/dev/d${i}`);
        if (i < 10) assert.deepEqual([st?.type, st?.mode], ['file', i % 2 ? 0o755 : 0o644], `d${i}`);
        else assert.equal(st, undefined, `d${i}`);
      }
      // The listing of /dev says nothing about /dev/sub, and a link there is still a link.
      assert.equal(fsView.lstat('/dev/sub/inner')?.type, 'file');
      assert.equal(fsView.lstat('/dev/sub/d1'), undefined);
      assert.equal(fsView.lstat('/dev/link')?.type, 'symlink');
      assert.equal(fsView.stat('/dev/link/inner')?.type, 'file');
    }
  });

  it('spares the lstat of a missing name once the directory is listed', async () => {
    const nodeFs = (await import('node:fs')).default as { lstatSync: typeof import('node:fs').lstatSync };
    const { syncBuiltinESMExports } = await import('node:module');
    const lstatSync = nodeFs.lstatSync;
    let calls = 0;
    nodeFs.lstatSync = ((...args: Parameters<typeof lstatSync>) => {
      calls++;
      return lstatSync(...args);
    }) as typeof lstatSync;
    syncBuiltinESMExports();
    try {
      const fsView = new Rootfs(new DirTree(root));
      for (let i = 0; i < 1000; i++) fsView.lstat(`/dev/m${i}`);
      // /dev itself, then each name until /dev has been asked about 32 times.
      assert.ok(calls > 0 && calls <= 33, `${calls} lstat calls for 1,000 missing names`);
    } finally {
      nodeFs.lstatSync = lstatSync;
      syncBuiltinESMExports();
    }
  });
});
