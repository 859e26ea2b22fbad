// A rule that throws must not take the run down: its failure is one finding that names it, the
// bundle and where it failed; the other rules still report; the command line exits 3 at the end.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { DirBundleSource } from '../../src/bundle/dir-source.js';
import { lintSource } from '../../src/engine/lint.js';
import { resolveSettings } from '../../src/engine/presets.js';
import { defineRule, type AnyRule } from '../../src/rules/api.js';
import rule from '../../src/rules/internal-error.js';
import cwdRule from '../../src/rules/process-cwd-absolute.js';
import { writeReports } from '../../src/cli/main.js';
import { normalize } from '../../src/cli/options.js';
import { runMain } from '../hostile/harness.js';
import { BASE_TREE, buildBundle, tempDir } from '../helpers/fixture.js';
import { baseConfig, merge } from '../helpers/rule-tester.js';

/** Reports once, then fails: what it reported before failing must not be kept. */
const throwing = defineRule({
  meta: { id: 'throws-sometimes', description: 'Test rule.', category: 'spec', defaultSeverity: 'error', messages: { first: { headline: 'a finding before the failure' } } },
  check(ctx) {
    ctx.report({ messageId: 'first' });
    const missing = (ctx.config.process as unknown as { nothing: { here: string } }).nothing;
    void missing.here;
  },
});

function bundle(patch: Record<string, unknown>): string {
  const dir = path.join(tempDir(), 'b');
  buildBundle(dir, { config: JSON.stringify(merge(baseConfig(), patch), null, 2), rootfs: BASE_TREE });
  return dir;
}

async function lint(rules: AnyRule[], dir: string) {
  return lintSource(new DirBundleSource(path.join(dir, 'config.json'), dir), { rules, settings: resolveSettings(rules.map((r) => r.meta), 'all') });
}

describe('internal-error', () => {
  it('a rule that throws becomes one finding naming the rule, the bundle and the frame; the others still report', async () => {
    const dir = bundle({ process: { cwd: 'relative' } });
    const r = await lint([throwing, cwdRule], dir);
    assert.deepEqual(r.diagnostics.map((d) => [d.ruleId, d.messageId]).sort(), [['internal-error', 'ruleFailed'], ['process-cwd-absolute', 'relative']]);
    const failed = r.diagnostics.find((d) => d.ruleId === rule.meta.id)!;
    assert.equal(failed.severity, 'error');
    assert.deepEqual(failed.location, { kind: 'bundle' });
    assert.match(failed.message, /^rule throws-sometimes failed on this bundle: Cannot read properties of undefined/);
    assert.ok(failed.detail!.includes(path.join(dir, 'config.json')), failed.detail);
    assert.match(failed.detail!, /internal-error\.test\.js:\d+:\d+/);
    assert.equal(r.errorCount, 2);
  });

  it('a bundle without the failure gets no internal-error finding', async () => {
    const quiet = defineRule({ ...throwing, check() {} });
    const r = await lint([quiet, cwdRule], bundle({}));
    assert.deepEqual(r.diagnostics, []);
  });

  it('no annotation or configuration ignore silences it', async () => {
    const dir = bundle({ annotations: { 'dev.ocilint.ignore-all': 'lab bundle', 'dev.ocilint.ignore/internal-error': 'hide it' } });
    const rules = [throwing];
    const r = await lintSource(new DirBundleSource(path.join(dir, 'config.json'), dir), {
      rules,
      settings: resolveSettings(rules.map((x) => x.meta), 'all'),
      ignores: [{ rules: ['*'], reason: 'vendored', source: '.ocilint.yaml#ignores[0]' }],
    });
    assert.deepEqual(r.diagnostics.map((d) => d.ruleId), ['internal-error']);
    assert.deepEqual(r.suppressed, []);
  });

  it('the command line writes its reports, then exits 3', async () => {
    const dir = bundle({ process: { cwd: 'relative' } });
    const original = cwdRule.check;
    cwdRule.check = (ctx) => {
      void (ctx.config.process as unknown as { nothing: { here: string } }).nothing.here;
    };
    try {
      const out = path.join(tempDir(), 'report.json');
      const r = await runMain(['--no-config-lookup', '--rule', 'root-without-userns=warning', '-f', 'json', '-o', out, dir]);
      assert.equal(r.code, 3, r.stderr);
      const report = JSON.parse(fs.readFileSync(out, 'utf8')) as { results: { messages: { ruleId: string; message: string }[] }[] };
      const ids = report.results[0]!.messages.map((m) => m.ruleId);
      assert.ok(ids.includes('internal-error'), JSON.stringify(ids));
      assert.ok(ids.includes('root-without-userns'), `the other rules still report: ${JSON.stringify(ids)}`);
      assert.match(report.results[0]!.messages.find((m) => m.ruleId === 'internal-error')!.message, /rule process-cwd-absolute failed/);
    } finally {
      cwdRule.check = original;
    }
    assert.equal((await runMain(['--no-config-lookup', '-f', 'json', bundle({})])).code, 0);
  });

  it('a formatter that throws is named on stderr; the other reports are still written', async () => {
    const args = normalize({ format: ['json', 'sarif'] }, ['x']);
    assert.ok(typeof args !== 'string');
    let stderr = '';
    let stdout = '';
    const io = {
      argv: [],
      env: {},
      cwd: process.cwd(),
      stdout: { write: (s: string) => ((stdout += s), true), isTTY: false } as unknown as NodeJS.WriteStream,
      stderr: { write: (s: string) => ((stderr += s), true) } as unknown as NodeJS.WriteStream,
    };
    const load = async (name: string) => {
      if (name === 'json') return () => JSON.parse('{') as string;
      return () => 'the sarif report\n';
    };
    const ok = await writeReports({ ...args, output: [undefined, undefined] }, io, [], new Map(), load);
    assert.equal(ok, false);
    assert.match(stderr, /^ocilint: internal error: the json format failed: .*JSON.*\(at /);
    assert.equal(stdout, 'the sarif report\n');
  });
});
