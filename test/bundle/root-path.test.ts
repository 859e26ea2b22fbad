// Where root.path leads, as the runtimes resolve it against the bundle: "." is the bundle
// directory itself, an absolute path inside the bundle is that place, and only a path that leaves
// the bundle is outside it (its contents are not read). For directories and for the three ways an
// archive is packed.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { ArchiveBundleSource } from '../../src/bundle/archive-source.js';
import { DirBundleSource } from '../../src/bundle/dir-source.js';
import type { BundleSource } from '../../src/bundle/source.js';
import { ARCHIVE_VARIANTS, buildBundle, packBundle, tempDir } from '../helpers/fixture.js';
import { HELLO_ELF } from '../helpers/elf.js';
import { cliPath } from '../helpers/paths.js';

const CONFIG = '{"ociVersion": "1.3.0", "process": {"args": ["/app"], "cwd": "/"}, "root": {"path": "."}}\n';

/** A bundle whose program sits at the bundle's top, and a "..data" directory (a name, not a climb). */
function bundle(): string {
  return buildBundle(path.join(tempDir(), 'b'), {
    config: CONFIG,
    extra: { app: { file: HELLO_ELF, mode: 0o755 }, '..data/app': { file: 'y', mode: 0o755 }, 'rootfs/bin': 'dir' },
  });
}

/** What a source says of root.path, and what its rootfs holds at /app. */
function inspect(source: BundleSource, rootPath: string): { kind: string; app: string | undefined } {
  const kind = source.inspectRoot(rootPath).kind;
  return { kind, app: source.openRootfs(rootPath)?.stat('/app')?.type };
}

describe('root.path of a bundle directory', () => {
  const dir = bundle();
  const source = () => new DirBundleSource(path.join(dir, 'config.json'));

  it('"." and "./" are the bundle directory, whose files the rootfs checks read', () => {
    for (const p of ['.', './', '']) assert.deepEqual(inspect(source(), p === '' ? '.' : p), { kind: 'dir', app: 'file' }, p);
  });
  it('an absolute path inside the bundle is read; one elsewhere is outside', () => {
    assert.deepEqual(inspect(source(), dir), { kind: 'dir', app: 'file' });
    assert.deepEqual(inspect(source(), path.join(dir, 'rootfs')), { kind: 'dir', app: undefined });
    assert.deepEqual(inspect(source(), '/var/lib/x/rootfs'), { kind: 'outside', app: undefined });
    assert.deepEqual(inspect(source(), path.dirname(dir)), { kind: 'outside', app: undefined });
  });
  it('a name that starts with ".." is inside; ".." itself and "../x" are not', () => {
    assert.deepEqual(inspect(source(), '..data'), { kind: 'dir', app: 'file' });
    assert.deepEqual(inspect(source(), '..'), { kind: 'outside', app: undefined });
    assert.deepEqual(inspect(source(), '../b'), { kind: 'dir', app: 'file' });
    assert.deepEqual(inspect(source(), '../other'), { kind: 'outside', app: undefined });
  });
});

describe('root.path of a bundle archive', () => {
  const dir = bundle();
  for (const variant of ARCHIVE_VARIANTS) {
    it(`${variant}: "." is the archive's bundle, an absolute path is outside`, async () => {
      const archive = packBundle(dir, variant);
      const open = async () => {
        const s = new ArchiveBundleSource(archive);
        await s.readConfig(1 << 20);
        return s;
      };
      assert.deepEqual(inspect(await open(), '.'), { kind: 'dir', app: 'file' });
      assert.deepEqual(inspect(await open(), './'), { kind: 'dir', app: 'file' });
      assert.deepEqual(inspect(await open(), '..data'), { kind: 'dir', app: 'file' });
      assert.deepEqual(inspect(await open(), dir), { kind: 'outside', app: undefined });
    });
  }
});

describe('ocilint on a bundle whose root.path is "."', () => {
  it('checks the program in the bundle directory and says the directory is the rootfs', () => {
    const dir = bundle();
    const ids = () => {
      const r = spawnSync(process.execPath, [cliPath, '--format', 'json', dir], { encoding: 'utf8' });
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
      const out = JSON.parse(r.stdout) as { results: { messages: { ruleId: string; messageId: string }[] }[] };
      return out.results[0]!.messages.map((m) => `${m.ruleId}/${m.messageId}`).filter((id) => /^(root-path|process-args)/.test(id));
    };
    assert.deepEqual(ids(), ['root-path-conventional/bundleDir']);
    // Without its program, the bundle fails as it would in a runtime.
    fs.rmSync(path.join(dir, 'app'));
    assert.deepEqual(ids().sort(), ['process-args-executable/missing', 'root-path-conventional/bundleDir']);
  });
});
