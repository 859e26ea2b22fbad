// --target with runtime releases: what the command line and lint() take, and what the reports say.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { fixturesDir } from '../helpers/paths.js';
import { tempDir } from '../helpers/fixture.js';
import { InputError, lint } from '../../src/index.js';

/** The hello bundle without its proc mount: runc before 1.2.8 (and 1.3.0-1.3.2) cannot start it. */
function withoutProc(): string {
  const dir = path.join(tempDir(), 'bundle');
  fs.cpSync(path.join(fixturesDir, 'bundles', 'hello'), dir, { recursive: true });
  const file = path.join(dir, 'config.json');
  const config = JSON.parse(fs.readFileSync(file, 'utf8')) as { mounts: { destination: string }[] };
  config.mounts = config.mounts.filter((m) => m.destination !== '/proc');
  fs.writeFileSync(file, JSON.stringify(config, null, 2));
  return dir;
}

const procFinding = (stdout: string): string => stdout.split('\n').find((l) => l.includes('mount-proc-present')) ?? '';

describe('--target RUNTIME@VERSIONS', () => {
  it('without --target, a refusal by old releases of one runtime is a warning that names them', () => {
    const r = runCli(['-f', 'gnu', withoutProc()]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(procFinding(r.stdout), /warning: No mount has destination "\/proc" \(refused by runc before 1\.2\.8 and 1\.3\.0 to 1\.3\.2\) \[mount-proc-present\]$/);
  });

  it('grades by the releases selected', () => {
    const dir = withoutProc();
    const at = (target: string) => runCli(['-f', 'gnu', '--target', target, dir]);
    assert.match(procFinding(at('runc@1.1').stdout), /: error: No mount has destination "\/proc" \[mount-proc-present\]$/);
    assert.equal(at('runc@1.1').code, 1);
    // Only some 1.2 releases refuse it: the finding says which.
    assert.match(procFinding(at('runc@1.2').stdout), /: error: .*\(refused by runc 1\.2\.0 to 1\.2\.7\) \[mount-proc-present\]$/);
    assert.match(procFinding(at('runc@1.2.8').stdout), /: warning: /);
    assert.match(procFinding(at('runc').stdout), /: warning: /);
    assert.match(procFinding(at('runc@latest').stdout), /: warning: /);
    assert.match(procFinding(at('runc@1.1..1.5').stdout), /: error: /);
  });

  it('takes the environment variable too', () => {
    const r = runCli(['-f', 'gnu', withoutProc()], { env: { OCILINT_TARGET: 'runc@1.1,crun@1.8' } });
    assert.equal(r.code, 1);
    assert.match(procFinding(r.stdout), /: error: /);
  });

  it('refuses a value it cannot read, naming it, before reading any bundle', () => {
    for (const [value, message] of [
      ['runq', /^ocilint: --target: unknown runtime "runq" in "runq": expected one of runc, crun, youki, kata\n$/],
      ['runc@1.y', /^ocilint: --target: bad version "1\.y" in "runc@1\.y": expected runc, runc@latest, runc@X\.Y, runc@X\.Y\.Z or a range such as runc@X\.Y\.\.X\.Y\n$/],
      ['crun@1.20..1.8', /^ocilint: --target: empty version range "1\.20\.\.1\.8" in "crun@1\.20\.\.1\.8"/],
    ] as const) {
      const r = runCli(['--target', value, 'no-such-bundle']);
      assert.equal(r.code, 2, value);
      assert.match(r.stderr, message);
      assert.equal(r.stdout, '');
    }
  });

  it('lint() takes the same values, and rejects a bad one with InputError', async () => {
    const dir = withoutProc();
    const [old] = await lint([dir], { targets: ['runc@1.1'], configLookup: false });
    assert.equal(old!.diagnostics.find((d) => d.ruleId === 'mount-proc-present')?.severity, 'error');
    const [today] = await lint([dir], { targets: ['runc'], configLookup: false });
    assert.equal(today!.diagnostics.find((d) => d.ruleId === 'mount-proc-present')?.severity, 'warning');
    await assert.rejects(lint([dir], { targets: ['runc@soon' as 'runc'] }), (e: unknown) => e instanceof InputError && /targets: bad version "soon"/.test(e.message));
  });
});
