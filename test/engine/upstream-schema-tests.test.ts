// The runtime-spec's own schema tests (schema-test/config/ of release 1.3.0), read in place from
// the shared reference (never copied), linted as a user would lint them: with the default preset,
// against the release each declares, without a rootfs. A "good" config must get no error: they
// are valid configs, whatever runc or crun make of them. The "bad" ones ocilint must refuse
// declare 1.0.0 and use fields added later: those fields are checked as the release that added
// them defines them, so they give the errors they give when the config declares that release.

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { lint } from '../../src/index.js';
import { repoRoot } from '../helpers/paths.js';
import { tempDir } from '../helpers/fixture.js';

const fixtures = path.resolve(repoRoot, '..', 'shared', 'reference', 'runtime-spec', 'v1.3.0', 'schema-test', 'config');
const skip = existsSync(fixtures) ? false : `no runtime-spec schema tests at ${fixtures}`;

async function errorsOf(file: string): Promise<string[]> {
  const [result] = await lint([file], { configOnly: true, configLookup: false });
  return result!.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.ruleId}: ${d.message}`);
}

/** The errors' rules and places, for a copy of a bad config that declares `version`. */
async function errorPlaces(name: string, version: string): Promise<string[]> {
  const config = JSON.parse(readFileSync(path.join(fixtures, 'bad', name), 'utf8')) as Record<string, unknown>;
  const file = path.join(tempDir('ocilint-schema-test-'), 'config.json');
  writeFileSync(file, JSON.stringify({ ...config, ociVersion: version }, null, 2));
  const [result] = await lint([file], { configOnly: true, configLookup: false });
  return result!.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.ruleId} ${'pointer' in d.location ? d.location.pointer : ''}`);
}

// The bad configs that are valid JSON, with the rule that refuses each.
const BAD: Record<string, string> = {
  'linux-netdevice.json': 'config-schema',
  'linux-rdma.json': 'config-schema',
  'linux-hugepage.json': 'linux-hugepage-limits',
};

describe('the runtime-spec\'s schema tests', { skip }, () => {
  it('give no error on a "good" config', async () => {
    const names = readdirSync(path.join(fixtures, 'good')).filter((n) => n.endsWith('.json'));
    assert.ok(names.length >= 5, `only ${names.length} good configs`);
    for (const name of names) assert.deepEqual(await errorsOf(path.join(fixtures, 'good', name)), [], name);
  });

  for (const [name, rule] of Object.entries(BAD)) {
    it(`give an error on "bad" ${name}, declared as 1.0.0, and the same as 1.0.2-dev and 1.3.0`, async () => {
      const errors = await errorsOf(path.join(fixtures, 'bad', name));
      assert.ok(errors.some((e) => e.startsWith(`${rule}: `)), `${name}: ${errors.join('; ') || 'no error'}`);
      // The same places as when the config declares a release that has the field (from 1.0.2 the
      // schema's pattern reports "64kB" as config-schema; rules of the field's own release, such as
      // linux-net-devices from 1.3.0, may add more).
      const places = async (v: string) => (await errorPlaces(name, v)).map((e) => e.split(' ')[1]);
      const as100 = await places('1.0.0');
      assert.ok(as100.length > 0);
      assert.deepEqual(await places('1.0.2-dev'), as100);
      const as130 = await places('1.3.0');
      for (const p of as100) assert.ok(as130.includes(p), `${name}: ${p} is an error as 1.0.0, not as 1.3.0 (${as130.join(', ')})`);
    });
  }
});
