// bin/ocilint.js writes reports straight to fd 1 when it is a file, a pipe or /dev/null (no
// process.stdout, which loads node:tty, net and stream), and through process.stdout otherwise
// (a terminal, a socket: what spawnSync gives runCli). Each way must print the same report, and a
// reader that closes the pipe early must not turn into an error.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { cliPath, fixturesDir } from '../helpers/paths.js';
import { tempDir } from '../helpers/fixture.js';

const broken = path.join(fixturesDir, 'bundles', 'broken-missing-rootfs');
const sh = (script: string, env: Record<string, string> = {}) =>
  spawnSync('bash', ['-c', script], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 30_000 });
const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** A bundle with thousands of findings: far more output than a pipe holds (64 KiB). */
function noisyBundle(): string {
  const dir = tempDir('ocilint-stdout-');
  const mounts = Array.from({ length: 3000 }, (_, i) => ({ destination: `/mnt/m${i}`, type: 'bind', source: `/srv/m${i}`, options: ['rbind', 'nosuchoption'] }));
  fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ ociVersion: '1.3.0', process: { args: ['/bin/sh'], cwd: '/', user: { uid: 0, gid: 0 } }, root: { path: 'rootfs' }, mounts }, null, 2));
  return dir;
}

describe('report output', () => {
  it('is the same through a socket (process.stdout), a file, a pipe and /dev/null', () => {
    const viaSocket = runCli([broken]);
    assert.equal(viaSocket.code, 1);
    assert.match(viaSocket.stdout, /root-path-exists/);
    const out = path.join(tempDir('ocilint-stdout-'), 'out.txt');
    const toFile = sh(`${q(process.execPath)} ${q(cliPath)} ${q(broken)} > ${q(out)}; echo "exit $?"`);
    assert.equal(toFile.stdout.trim(), 'exit 1');
    assert.equal(fs.readFileSync(out, 'utf8'), viaSocket.stdout);
    const toPipe = sh(`${q(process.execPath)} ${q(cliPath)} ${q(broken)} | cat`);
    assert.equal(toPipe.stdout, viaSocket.stdout);
    const toNull = sh(`${q(process.execPath)} ${q(cliPath)} ${q(broken)} > /dev/null; echo "exit $?"`);
    assert.equal(toNull.stdout.trim(), 'exit 1');
    assert.equal(toNull.stderr, '');
  });

  it('writes a report larger than a pipe holds in full, and stops quietly when the reader goes', () => {
    const dir = noisyBundle();
    const whole = sh(`${q(process.execPath)} ${q(cliPath)} ${q(dir)} | wc -c`);
    const bytes = Number(whole.stdout.trim());
    assert.ok(bytes > 256 * 1024, `only ${bytes} bytes of report`);
    assert.equal(bytes, Buffer.byteLength(runCli([dir]).stdout));
    const early = sh(`${q(process.execPath)} ${q(cliPath)} ${q(dir)} | head -c 100 > /dev/null; echo "status \${PIPESTATUS[0]}"`);
    assert.equal(early.stderr, '', 'no error or stack trace when the reader closes the pipe');
    assert.match(early.stdout, /^status [01]\n$/);
  });
});
