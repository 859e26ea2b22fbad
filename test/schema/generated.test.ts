import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// dist/test/schema/ -> repository root
const root = fileURLToPath(new URL('../../../', import.meta.url));

test('committed schemas and validators match the model', () => {
  const run = spawnSync(process.execPath, ['scripts/gen-schemas.mjs', '--check'], { cwd: root, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
});
