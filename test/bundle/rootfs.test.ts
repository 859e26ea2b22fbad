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
