// The standalone executable (npm run build:sea, scripts/build-sea.mjs), copied alone into an empty
// directory and run with an empty environment: no Node.js on the PATH, no package beside it. Its
// reports must be the Node CLI's, byte for byte. Skipped, saying why, when it was not built; under
// CI (npm test builds it) a missing executable fails instead.

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { cliPath, repoRoot } from '../helpers/paths.js';
import { BASE_TREE, buildBundle, tempDir } from '../helpers/fixture.js';
import { merge, unprivilegedConfig } from '../helpers/rule-tester.js';

const built = path.join(repoRoot, 'dist', `ocilint-linux-${process.arch}`);
const have = process.platform === 'linux' && fs.existsSync(built);
const haveStrace = spawnSync('strace', ['-V']).status === 0;
const skip = have || process.env['CI'] ? false : `${path.relative(repoRoot, built)} is not built (npm run build:sea); skipping`;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `env -i` runs: the program sees no variable at all, PATH included. */
function envI(program: string[], args: readonly string[], cwd: string, input = ''): Run {
  const r = spawnSync('/usr/bin/env', ['-i', ...program, ...args], { cwd, env: {}, encoding: 'utf8', input, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('standalone executable', { skip }, () => {
  assert.ok(have, `${built} is missing: npm test builds it with npm run build:sea`);
  const alone = tempDir('ocilint-sea-');
  const exe = path.join(alone, 'ocilint');
  fs.copyFileSync(built, exe);
  fs.chmodSync(exe, 0o755);
  const sea = (args: readonly string[], cwd = repoRoot, input?: string): Run => envI([exe], args, cwd, input);
  const node = (args: readonly string[], cwd = repoRoot, input?: string): Run => envI([process.execPath, cliPath], args, cwd, input);

  // A scratch project: a bundle with findings in its config and rootfs, and the same as a .tgz.
  const work = tempDir('ocilint-sea-work-');
  fs.mkdirSync(path.join(work, '.git'));
  buildBundle(path.join(work, 'bad'), { config: JSON.stringify(merge(unprivilegedConfig(), { process: { cwd: 'srv', args: ['/usr/bin/gone'] } }), null, 2), rootfs: BASE_TREE });
  execFileSync('tar', ['-czf', path.join(work, 'bad.tgz'), '-C', path.join(work, 'bad'), '.']);

  it('starts no other program (no node, nothing else)', { skip: haveStrace ? false : 'strace is not installed' }, () => {
    const log = path.join(work, 'execve.log');
    const r = spawnSync('strace', ['-f', '-qq', '-e', 'trace=execve', '-o', log, '/usr/bin/env', '-i', exe, 'bad'], { cwd: work, encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    const programs = fs.readFileSync(log, 'utf8').split('\n').filter((l) => /execve\(/.test(l)).map((l) => /execve\("([^"]*)"/.exec(l)?.[1]);
    fs.rmSync(log);
    assert.deepEqual(programs, ['/usr/bin/env', exe]);
  });

  it('gives the JSON report of the Node CLI on every fixture, byte for byte', () => {
    for (const args of [['-f', 'json', 'fixtures'], ['-f', 'json', '--preset', 'all', '--target', 'runc', 'fixtures'], ['-f', 'sarif', 'fixtures/bundles']]) {
      const want = node(args);
      const got = sea(args);
      assert.ok(want.stdout.length > 1000, `the Node CLI reported: ${want.stderr}`);
      assert.equal(got.stdout, want.stdout, args.join(' '));
      assert.equal(got.stderr, want.stderr);
      assert.equal(got.code, want.code);
      assert.equal(got.code, 1, 'the fixtures include broken bundles');
    }
  });

  it('reads archives, standard input and the rootfs, as the Node CLI does', () => {
    const config = fs.readFileSync(path.join(work, 'bad', 'config.json'), 'utf8');
    const cases: [string[], string | undefined][] = [
      [['bad', 'bad.tgz'], undefined],
      [['-f', 'gnu', 'bad.tgz'], undefined],
      [['-f', 'json', '--stdin-filename', 'x/config.json', '-'], config],
      [['--fail-on', 'none', '-f', 'checkstyle', '.'], undefined],
    ];
    for (const [args, input] of cases) {
      const want = node(args, work, input);
      const got = sea(args, work, input);
      assert.match(want.stdout, /process-cwd-absolute/, args.join(' '));
      assert.deepEqual(got, want, args.join(' '));
    }
  });

  it('carries the rules\' pages, the JSON Schemas, --help and the error messages', () => {
    for (const args of [['--explain', 'process-cwd-absolute'], ['schema', '--spec-version', '1.0.2'], ['--help'], ['--list-rules'], ['--version'], ['--fromat', 'json', '.'], ['no/such/path']]) {
      const want = node(args, work);
      const got = sea(args, work);
      assert.ok(want.stdout.length + want.stderr.length > 0, args.join(' '));
      assert.deepEqual(got, want, args.join(' '));
    }
  });

  it('writes nothing beside itself or into the bundle', () => {
    assert.deepEqual(fs.readdirSync(alone), ['ocilint']);
    const before = execFileSync('find', ['.', '-printf', '%p %s %T@\\n'], { cwd: work, encoding: 'utf8' });
    sea(['bad', 'bad.tgz'], work);
    assert.equal(execFileSync('find', ['.', '-printf', '%p %s %T@\\n'], { cwd: work, encoding: 'utf8' }), before);
  });
});
