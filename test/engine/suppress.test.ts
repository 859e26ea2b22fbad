import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { DirBundleSource } from '../../src/bundle/dir-source.js';
import { lintSource } from '../../src/engine/lint.js';
import { resolveSettings } from '../../src/engine/presets.js';
import { defineRule, type AnyRule } from '../../src/rules/api.js';
import cwdRule from '../../src/rules/process-cwd-absolute.js';
import unused from '../../src/rules/unused-suppression.js';
import annotation from '../../src/rules/suppression-annotation.js';
import { BASE_TREE, buildBundle, tempDir } from '../helpers/fixture.js';
import { baseConfig, merge } from '../helpers/rule-tester.js';

// A careless rule that reports every annotation key, as a generic annotation rule might.
const everyAnnotation = defineRule({
  meta: { id: 'every-annotation', description: 'Test rule.', category: 'best-practice', defaultSeverity: 'warning', messages: { key: { headline: 'annotation {{key}}' } } },
  reads: ['annotations'],
  check(ctx) {
    const annotations = ctx.config.annotations;
    for (const key of Object.keys(annotations ?? {})) ctx.report({ messageId: 'key', node: annotations!, key, target: 'key', data: { key } });
  },
});

async function run(rules: AnyRule[], patch: Record<string, unknown>, opts: { inline?: boolean; ignores?: { rules: string[]; reason: string; source: string }[] } = {}) {
  const dir = path.join(tempDir(), 'b');
  buildBundle(dir, { config: JSON.stringify(merge(baseConfig(), patch), null, 2), rootfs: BASE_TREE });
  return lintSource(new DirBundleSource(path.join(dir, 'config.json'), dir), {
    rules,
    settings: resolveSettings(rules.map((r) => r.meta), 'all'),
    ...(opts.inline !== undefined && { inlineSuppressions: opts.inline }),
    ...(opts.ignores && { ignores: opts.ignores }),
  });
}

describe('suppressions in the engine', () => {
  it('no other rule may report ocilint\'s own annotation keys', async () => {
    const r = await run([everyAnnotation], { annotations: { 'dev.ocilint.ignore/x': 'r', 'org.example.a': 'b' } });
    assert.deepEqual(r.diagnostics.map((d) => ('pointer' in d.location ? d.location.pointer : '')), ['/annotations/org.example.a']);
  });
  it('a used suppression is not reported as unused; the finding is kept as suppressed', async () => {
    const r = await run([cwdRule, unused, annotation], { process: { cwd: 'x' }, annotations: { 'dev.ocilint.ignore/process-cwd-absolute': 'deploy fills it in' } });
    assert.deepEqual(r.diagnostics, []);
    assert.equal(r.suppressed.length, 1);
    assert.deepEqual(r.suppressed[0]!.suppressions, [{ kind: 'inline', justification: 'deploy fills it in', source: 'dev.ocilint.ignore/process-cwd-absolute' }]);
    assert.equal(r.errorCount, 0);
  });
  it('ignore-all silences other rules, but not the suppression rules', async () => {
    const r = await run([cwdRule, unused, annotation], { process: { cwd: 'x' }, annotations: { 'dev.ocilint.ignore-all': 'lab bundle', 'dev.ocilint.ignore/nope': '' } });
    assert.deepEqual(r.diagnostics.map((d) => d.ruleId), ['suppression-annotation']);
    assert.deepEqual(r.suppressed.map((d) => d.ruleId), ['process-cwd-absolute']);
  });
  it('an unused suppression for a rule that ran is reported; inline off reports nothing', async () => {
    const patch = { annotations: { 'dev.ocilint.ignore/process-cwd-absolute': 'old' } };
    const r = await run([cwdRule, unused], patch);
    assert.deepEqual(r.diagnostics.map((d) => [d.ruleId, d.messageId]), [['unused-suppression', 'unused']]);
    const off = await run([cwdRule, unused], patch, { inline: false });
    assert.deepEqual(off.diagnostics, []);
  });
  it('config ignores suppress any rule, with their source', async () => {
    const r = await run([cwdRule], { process: { cwd: 'x' } }, { ignores: [{ rules: ['*'], reason: 'vendored', source: '.ocilint.yaml#ignores[0]' }] });
    assert.deepEqual(r.diagnostics, []);
    assert.equal(r.suppressed[0]!.suppressions[0]!.kind, 'config');
  });
});
