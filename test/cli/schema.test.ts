import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { schemaCommand, schemaPath } from '../../src/cli/schema.js';
import { runCli } from '../helpers/cli.js';
import { repoRoot } from '../helpers/paths.js';
import { tempDir } from '../helpers/fixture.js';

function capture() {
  let stdout = '';
  let stderr = '';
  return { io: { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: {} }, out: () => stdout, err: () => stderr };
}

describe('ocilint schema', () => {
  const stub = tempDir('ocilint-schemas-');
  fs.mkdirSync(path.join(stub, '1.2.0'));
  fs.writeFileSync(path.join(stub, '1.2.0', 'config.schema.json'), '{"title": "stub 1.2.0"}');
  it('prints the schema file of the release asked for', () => {
    const c = capture();
    assert.equal(schemaCommand(['--spec-version', '1.2.0'], c.io, stub), 0);
    assert.deepEqual(JSON.parse(c.out()), { title: 'stub 1.2.0' });
  });
  it('a release without a schema file is an installation problem (exit 3), not a crash', () => {
    const c = capture();
    assert.equal(schemaCommand(['--spec-version=1.1.0'], c.io, stub), 3);
    assert.equal(c.out(), '');
    assert.match(c.err(), /no usable JSON Schema for runtime-spec 1\.1\.0/);
  });
  it('an unknown release or argument exits 2', () => {
    const c = capture();
    assert.equal(schemaCommand(['--spec-version', '9.9.9'], c.io, stub), 2);
    assert.equal(schemaCommand(['--bogus'], c.io, stub), 2);
  });
  it('the real command prints the bundled schema when the package has it', () => {
    const r = runCli(['schema', '--spec-version', '1.3.0']);
    const file = schemaPath('1.3.0', path.join(repoRoot, 'schemas'));
    if (fs.existsSync(file)) {
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(JSON.parse(r.stdout), JSON.parse(fs.readFileSync(file, 'utf8')));
    } else {
      assert.equal(r.code, 3);
      assert.equal(r.stdout, '');
    }
    const viaEnv = runCli(['schema', '--spec-version', '1.2.0'], { env: { OCILINT_SCHEMAS_DIR: stub } });
    assert.equal(viaEnv.code, 0);
    assert.deepEqual(JSON.parse(viaEnv.stdout), { title: 'stub 1.2.0' });
  });
});
