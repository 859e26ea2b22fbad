import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { describe, it } from 'node:test';
import rule from '../../src/rules/archive-readable.js';
import configReadable from '../../src/rules/config-file-readable.js';
import { ArchiveBundleSource } from '../../src/bundle/archive-source.js';
import { lintSource, type FileResult } from '../../src/engine/lint.js';
import { resolveSettings } from '../../src/engine/presets.js';
import { BASE_TREE, buildBundle, packBundle, tempDir } from '../helpers/fixture.js';
import { configText } from '../helpers/rule-tester.js';

// The engine reports this rule while it reads an archive, so it is tested through lintSource.
const rules = [rule, configReadable];
const settings = resolveSettings(rules.map((r) => r.meta), 'all');

function bundleDir(): string {
  const dir = path.join(tempDir(), 'bundle');
  buildBundle(dir, { config: configText({}), rootfs: { ...BASE_TREE, 'usr/share/big': { file: 'x'.repeat(200_000) } } });
  return dir;
}

async function lint(file: string): Promise<FileResult> {
  return lintSource(new ArchiveBundleSource(file), { rules, settings });
}

function ids(r: FileResult): string[][] {
  return r.diagnostics.map((d) => [d.ruleId, d.messageId, d.severity]);
}

describe('archive-readable', () => {
  it('valid: tar, tar.gz, ./ names, a top-level folder', async () => {
    const dir = bundleDir();
    for (const v of ['tgz-dot', 'pax-folder', 'gnu-plain'] as const) {
      const r = await lint(packBundle(dir, v));
      assert.deepEqual(ids(r), [], v);
      assert.equal(r.rootfsChecked, true);
    }
  });

  it('valid: a .tar that is gzip-compressed anyway is read', async () => {
    const dir = bundleDir();
    const gz = packBundle(dir, 'tgz-dot');
    const tar = path.join(path.dirname(gz), 'renamed.tar');
    fs.copyFileSync(gz, tar);
    assert.deepEqual(ids(await lint(tar)), []);
  });

  it('invalid: truncated inside a file names the entry; the config is still linted, the rootfs is not', async () => {
    const dir = bundleDir();
    const tar = packBundle(dir, 'gnu-plain');
    const bytes = fs.readFileSync(tar);
    // Cut inside usr/share/big, after config.json.
    const at = bytes.indexOf(Buffer.from('x'.repeat(1000)));
    const cut = path.join(path.dirname(tar), 'cut.tar');
    fs.writeFileSync(cut, bytes.subarray(0, at + 5000));
    const r = await lint(cut);
    assert.deepEqual(ids(r), [['archive-readable', 'truncated', 'error']]);
    assert.match(r.diagnostics[0]!.message, /cut\.tar.*"rootfs\/usr\/share\/big"/);
    assert.equal(r.specVersion, '1.3.0');
    assert.equal(r.rootfsChecked, false);
  });

  it('invalid: an entry larger than the archive', async () => {
    const dir = bundleDir();
    const tgz = packBundle(dir, 'tgz-dot');
    const cut = path.join(path.dirname(tgz), 'cut.tgz');
    fs.writeFileSync(cut, zlib.gzipSync(zlib.gunzipSync(fs.readFileSync(tgz)).subarray(0, 512 + 100)));
    const r = await lint(cut);
    assert.deepEqual(ids(r), [['archive-readable', 'truncated', 'error']]);
    assert.match(r.diagnostics[0]!.message, /cut\.tgz/);
  });

  it('invalid: a truncated gzip stream', async () => {
    const dir = bundleDir();
    const tgz = packBundle(dir, 'tgz-dot');
    const bytes = fs.readFileSync(tgz);
    const cut = path.join(path.dirname(tgz), 'cut.tgz');
    fs.writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const r = await lint(cut);
    assert.deepEqual(ids(r).map((x) => x[0]), ['archive-readable']);
  });

  it('invalid: corrupt gzip data', async () => {
    const dir = bundleDir();
    const tgz = packBundle(dir, 'tgz-dot');
    const bytes = fs.readFileSync(tgz);
    for (let i = 40; i < 60; i++) bytes[i] = bytes[i]! ^ 0xa5;
    const bad = path.join(path.dirname(tgz), 'bad.tgz');
    fs.writeFileSync(bad, bytes);
    const r = await lint(bad);
    assert.deepEqual(ids(r).map((x) => x[0]), ['archive-readable']);
  });

  it('invalid: named .tar.gz but not gzip', async () => {
    const dir = bundleDir();
    const tar = packBundle(dir, 'gnu-plain');
    const bad = path.join(path.dirname(tar), 'plain.tar.gz');
    fs.copyFileSync(tar, bad);
    const r = await lint(bad);
    assert.deepEqual(ids(r), [['archive-readable', 'not-gzip', 'error']]);
  });

  it('invalid: a bad header checksum', async () => {
    const dir = bundleDir();
    const tar = packBundle(dir, 'gnu-plain');
    const bytes = fs.readFileSync(tar);
    let h = 0;
    while (h < bytes.length && !bytes.subarray(h, h + 7).equals(Buffer.from('rootfs/'))) h += 512;
    assert.ok(h > 0 && h < bytes.length);
    bytes[h + 10] = bytes[h + 10]! ^ 0x01; // a name byte of the header of a rootfs entry
    const bad = path.join(path.dirname(tar), 'sum.tar');
    fs.writeFileSync(bad, bytes);
    const r = await lint(bad);
    assert.ok(ids(r).some((x) => x[0] === 'archive-readable' && x[1] === 'corrupt'), JSON.stringify(ids(r)));
  });

  it('invalid: not a tar at all', async () => {
    const bad = path.join(tempDir(), 'x.tar');
    fs.writeFileSync(bad, 'hello, this is not a tar archive\n'.repeat(40));
    assert.deepEqual(ids(await lint(bad)), [['archive-readable', 'corrupt', 'error']]);
  });

  it('invalid: xz, bzip2, zstd and lz4 archives are named as such, whatever their file name', async () => {
    const dir = bundleDir();
    const tar = packBundle(dir, 'gnu-plain');
    const out = tempDir();
    // Real archives made by the real tools (.ci/run installs them).
    const made: [string, string, string][] = [
      ['xz', 'b.tar.xz', 'xz -c'],
      ['bzip2', 'b.tbz2', 'bzip2 -c'],
      ['zstd', 'b.tar.zst', 'zstd -q -c'],
      ['lz4', 'b.tar.lz4', 'lz4 -q -c'],
    ];
    for (const [kind, name, cmd] of made) {
      const file = path.join(out, name);
      fs.writeFileSync(file, execFileSync('sh', ['-c', `${cmd} "$1"`, 'sh', tar]));
      const plain = path.join(out, `${kind}-named-plain.tar`);
      fs.copyFileSync(file, plain);
      for (const f of [file, plain]) {
        const r = await lint(f);
        assert.deepEqual(ids(r), [['archive-readable', 'unsupported-compression', 'error']], f);
        assert.equal(r.diagnostics[0]!.message, `The archive ${f} is ${kind}-compressed, which ocilint does not read`);
        assert.equal(r.diagnostics[0]!.help, 'Repack it as .tar or .tar.gz.');
        assert.equal(r.rootfsChecked, false);
      }
    }
  });

  it('invalid: no end-of-archive marker is a warning and keeps rootfs checks', async () => {
    const dir = bundleDir();
    const tar = packBundle(dir, 'gnu-plain');
    const bytes = fs.readFileSync(tar);
    let end = bytes.length;
    while (end > 0 && bytes.subarray(end - 512, end).every((b) => b === 0)) end -= 512;
    const bad = path.join(path.dirname(tar), 'noend.tar');
    fs.writeFileSync(bad, bytes.subarray(0, end));
    const r = await lint(bad);
    assert.deepEqual(ids(r), [['archive-readable', 'no-end', 'warning']]);
    assert.equal(r.rootfsChecked, true);
  });

  it('invalid: an archive without config.json is a config-file-readable finding', async () => {
    const d = tempDir();
    fs.writeFileSync(path.join(d, 'other'), 'x');
    const tar = path.join(d, 'x.tar');
    execFileSync('tar', ['-cf', tar, '-C', d, 'other']);
    assert.deepEqual(ids(await lint(tar)), [['config-file-readable', 'unreadable', 'error']]);
  });

  it('invalid: a FIFO named .tar does not hang', async () => {
    const d = tempDir();
    execFileSync('mkfifo', [path.join(d, 'fifo.tar')]);
    assert.deepEqual(ids(await lint(path.join(d, 'fifo.tar'))), [['config-file-readable', 'not-a-file', 'error']]);
  });

  it('never writes: the archive and its directory are unchanged', async () => {
    const dir = bundleDir();
    const tgz = packBundle(dir, 'tgz-dot');
    const before = fs.readdirSync(path.dirname(tgz)).sort();
    const st = fs.statSync(tgz);
    await lint(tgz);
    assert.deepEqual(fs.readdirSync(path.dirname(tgz)).sort(), before);
    assert.equal(fs.statSync(tgz).mtimeMs, st.mtimeMs);
  });
});
