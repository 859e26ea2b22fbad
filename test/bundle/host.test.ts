// The real host view is read-only and never blocks: it opens regular files only (the /proc and
// /sys pseudo-files are regular files), never a FIFO or a device.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { RealHostView, hostFor } from '../../src/bundle/host.js';
import { fakeHost } from '../helpers/fake-host.js';
import { tempDir } from '../helpers/fixture.js';

describe('RealHostView', () => {
  const host = new RealHostView();

  it('stats, following links, and tells missing from not-a-directory', () => {
    const r = host.stat('/proc/self/ns/net');
    assert.ok(r.ok && r.stat.type === 'file');
    assert.deepEqual(host.stat('/definitely/not/here'), { ok: false, reason: 'missing' });
    assert.deepEqual(host.stat('/proc/self/limits/x'), { ok: false, reason: 'not-dir' });
    assert.ok(host.lstat('/proc/self/ns/net').ok);
  });

  it('reads an nsfs link as kind:[inode]', () => {
    assert.match(host.readlink('/proc/self/ns/net') ?? '', /^net:\[\d+\]$/);
    assert.equal(host.readlink('/proc/self/limits'), undefined);
  });

  it('reads small pseudo-files and regular files, up to the limit', () => {
    assert.match(host.readSmallFile('/proc/self/limits', 8192) ?? '', /^Max open files/m);
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'f'), 'hello world');
    assert.equal(host.readSmallFile(path.join(dir, 'f'), 5), 'hello');
  });

  it('never opens a FIFO or a device', () => {
    const dir = tempDir();
    const fifo = path.join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    assert.equal(host.readSmallFile(fifo, 100), undefined);
    assert.equal(host.readSmallFile('/dev/null', 100), undefined);
    assert.equal(host.readSmallFile('/dev/zero', 100), undefined);
    assert.ok(Date.now() - started < 1000);
    const st = host.stat(fifo);
    assert.ok(st.ok && st.stat.type === 'fifo');
  });
});

describe('fakeHost', () => {
  const host = hostFor(fakeHost({
    '/a/file': { type: 'file', content: 'abc', mode: 0o755 },
    '/a/link': { type: 'symlink', target: '/a/file' },
    '/proc/1/ns/ipc': { type: 'ns', kind: 'ipc', ino: 9 },
    '/locked': 'denied',
  }), '/bundles/b');

  it('answers like the real one', () => {
    assert.equal(host.bundleDir, '/bundles/b');
    const f = host.stat('/a/link');
    assert.ok(f.ok && f.stat.type === 'file' && f.stat.mode === 0o755);
    assert.ok(host.stat('/a').ok);
    assert.deepEqual(host.stat('/a/file/x'), { ok: false, reason: 'not-dir' });
    assert.deepEqual(host.stat('/locked/x'), { ok: false, reason: 'denied' });
    assert.deepEqual(host.stat('/nope'), { ok: false, reason: 'missing' });
    assert.equal(host.readlink('/proc/1/ns/ipc'), 'ipc:[9]');
    assert.equal(host.readSmallFile('/a/link', 2), 'ab');
  });
});
