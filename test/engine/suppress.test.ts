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
import { OverlaySource } from '../../src/bundle/overlay-source.js';
import { applyFixes } from '../../src/engine/fix.js';
import { REASON_PLACEHOLDER, suppressionTitle } from '../../src/engine/suppress.js';

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

  it('every finding a suppression can silence suggests the annotation, and taking it silences the finding', async () => {
    for (const patch of [{ process: { cwd: 'x' } }, { process: { cwd: 'x' }, annotations: { 'org.example': 'y' } }]) {
      const dir = path.join(tempDir(), 'b');
      const text = JSON.stringify(merge(baseConfig(), patch), null, 2) + '\n';
      buildBundle(dir, { config: text, rootfs: BASE_TREE });
      const lint = (t: string) => lintSource(new OverlaySource(new DirBundleSource(path.join(dir, 'config.json'), dir), { bytes: Buffer.from(t) }), { rules: [cwdRule, unused, annotation], settings: resolveSettings([cwdRule.meta, unused.meta, annotation.meta], 'all') });
      const r = await lint(text);
      const s = r.diagnostics[0]!.suggestions!;
      assert.deepEqual(s.map((x) => x.title), [suppressionTitle('process-cwd-absolute')]);
      const taken = applyFixes(text, s).text;
      assert.deepEqual(JSON.parse(taken).annotations['dev.ocilint.ignore/process-cwd-absolute'], REASON_PLACEHOLDER);
      assert.ok(s[0]!.edits.every((e) => e.range.start.offset === e.range.end.offset), 'an insertion: nothing written is replaced');
      const after = await lint(taken);
      assert.deepEqual(after.diagnostics, []);
      assert.deepEqual(after.suppressed.map((d) => d.ruleId), ['process-cwd-absolute']);
    }
  });
  it('no suppression suggestion where the annotation cannot be written, or with inline suppressions off', async () => {
    const empty = await run([cwdRule, annotation], { process: { cwd: 'x' }, annotations: { 'dev.ocilint.ignore/process-cwd-absolute': ' ' } });
    assert.deepEqual(empty.diagnostics.map((d) => [d.ruleId, d.suggestions]), [['process-cwd-absolute', undefined], ['suppression-annotation', undefined]]);
    const off = await run([cwdRule], { process: { cwd: 'x' } }, { inline: false });
    assert.equal(off.diagnostics[0]!.suggestions, undefined);
  });
});
