// The runtime-spec's own schema tests (schema-test/config/ of release 1.3.0), read in place from
// the shared reference (never copied), linted as a user would lint them: with the default preset,
// against the release each declares, without a rootfs. A "good" config must get no error: they
// are valid configs, whatever runc or crun make of them.

import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { lint } from '../../src/index.js';
import { repoRoot } from '../helpers/paths.js';

const fixtures = path.resolve(repoRoot, '..', 'shared', 'reference', 'runtime-spec', 'v1.3.0', 'schema-test', 'config');
const skip = existsSync(fixtures) ? false : `no runtime-spec schema tests at ${fixtures}`;

async function errorsOf(file: string): Promise<string[]> {
  const [result] = await lint([file], { configOnly: true, configLookup: false });
  return result!.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.ruleId}: ${d.message}`);
}

describe('the runtime-spec\'s schema tests', { skip }, () => {
  it('give no error on a "good" config', async () => {
    const names = readdirSync(path.join(fixtures, 'good')).filter((n) => n.endsWith('.json'));
    assert.ok(names.length >= 5, `only ${names.length} good configs`);
    for (const name of names) assert.deepEqual(await errorsOf(path.join(fixtures, 'good', name)), [], name);
  });
});
