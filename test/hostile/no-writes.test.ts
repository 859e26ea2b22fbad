// No writes: linting every bundle fixture under fixtures/, with every format and every preset,
// leaves every entry exactly as it was: content, mode, owner, size, mtime and ctime (ctime moves
// on any chmod, chown, utime or write, even one that restores the old values), link targets, and
// no entry added or removed. Protection covered: the bundle layer opens read-only and never
// creates, so any write to a bundle (a cache file, a "fixed" config, a touched rootfs) fails here.
// The strace test in rootfs.test.ts also asserts that no syscall writes anywhere.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { FORMAT_NAMES } from '../../src/formatters/index.js';
import { PRESETS } from '../../src/engine/presets.js';
import { fixturesDir } from '../helpers/paths.js';
import { tempDir } from '../helpers/fixture.js';
import { runMain } from './harness.js';

function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const stack = [root];
  while (stack.length) {
    const p = stack.pop()!;
    const st = fs.lstatSync(p);
    let what = `mode=${st.mode.toString(8)} uid=${st.uid} gid=${st.gid} size=${st.size} mtime=${st.mtimeMs} ctime=${st.ctimeMs}`;
    if (st.isSymbolicLink()) what += ` link=${fs.readlinkSync(p)}`;
    else if (st.isFile()) what += ` sha256=${createHash('sha256').update(fs.readFileSync(p)).digest('hex')}`;
    else if (st.isDirectory()) for (const name of fs.readdirSync(p)) stack.push(path.join(p, name));
    out.set(path.relative(root, p), what);
  }
  return out;
}

describe('hostile: no writes', () => {
  it('linting every fixture with every format leaves fixtures/ byte-for-byte and stat-for-stat unchanged', async () => {
    const before = snapshot(fixturesDir);
    assert.ok(before.size > 20);
    const out = tempDir('ocilint-nowrite-');
    for (const preset of PRESETS) {
      for (const format of FORMAT_NAMES) {
        const r = await runMain(['-f', format, '--preset', preset, fixturesDir]);
        assert.ok(r.code === 0 || r.code === 1, r.stderr);
      }
      const r = await runMain([...FORMAT_NAMES.flatMap((f) => ['-f', f, '-o', path.join(out, `${preset}.${f}`)]), '--preset', preset, fixturesDir]);
      assert.ok(r.code === 0 || r.code === 1, r.stderr);
    }
    for (const b of ['bundles/hello', 'real/runc-spec']) {
      const r = await runMain(['-f', 'json', path.join(fixturesDir, b, 'config.json')]);
      assert.ok(r.code === 0 || r.code === 1, r.stderr);
    }
    const after = snapshot(fixturesDir);
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k));
    assert.deepEqual(changed, []);
    fs.rmSync(out, { recursive: true, force: true });
  });
});
