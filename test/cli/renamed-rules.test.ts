// Rule ids renamed before the first release (src/rules/data/renamed.ts) are still accepted where a
// user writes a rule id, with a warning that names the new id; the finding itself uses the new id.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { RENAMED_RULES, allRules } from '../../src/rules/all.js';
import { BASE_TREE, buildBundle, tempDir } from '../helpers/fixture.js';
import { baseConfig, merge } from '../helpers/rule-tester.js';
import { runCli } from '../hostile/harness.js';

interface Report {
  results: { messages: { ruleId: string; messageId: string; severity: string }[]; suppressed: { ruleId: string }[] }[];
}

/** A project (config lookup stops at .git) with one bundle that shares the host's PID namespace. */
function project(patch: Record<string, unknown> = {}): { root: string; bundle: string } {
  const root = tempDir('ocilint-renamed-');
  fs.mkdirSync(path.join(root, '.git'));
  const bundle = path.join(root, 'b');
  const config = merge(baseConfig(), { process: { user: { uid: 1000, gid: 1000 } }, linux: { namespaces: [{ type: 'mount' }, { type: 'uts' }, { type: 'ipc' }, { type: 'network' }] } });
  buildBundle(bundle, { config: JSON.stringify(merge(config, patch), null, 2), rootfs: BASE_TREE });
  return { root, bundle };
}

const ids = (r: { stdout: string }) => (JSON.parse(r.stdout) as Report).results[0]!.messages.map((m) => m.ruleId);

describe('renamed rule ids', () => {
  it('every old id names a rule that exists, and is not itself a rule', () => {
    const current = new Set(allRules.map((r) => r.meta.id));
    for (const [old, now] of Object.entries(RENAMED_RULES)) {
      assert.ok(current.has(now), `${old} -> ${now}: no such rule`);
      assert.ok(!current.has(old), `${old} is still a rule id`);
    }
  });

  it('the finding carries the new id', () => {
    const { root, bundle } = project();
    const r = runCli(['-f', 'json', bundle], { cwd: root });
    assert.ok(ids(r).includes('shared-pid-namespace'), JSON.stringify(ids(r)));
  });

  it('--rule with an old id sets the new rule, with a warning', () => {
    const { root, bundle } = project();
    const r = runCli(['-f', 'json', '--rule', 'host-pid-namespace=off', bundle], { cwd: root });
    assert.ok(!ids(r).includes('shared-pid-namespace'), JSON.stringify(ids(r)));
    assert.match(r.stderr, /--rule "host-pid-namespace=off": "host-pid-namespace" is the old name of the rule "shared-pid-namespace"/);
  });

  it('a configuration file with an old id applies it to the new rule, with a warning naming the file and key', () => {
    const { root, bundle } = project();
    fs.writeFileSync(path.join(root, '.ocilint.yaml'), 'rules:\n  host-pid-namespace: error\nunsuppressible: [host-uts-namespace]\n');
    const r = runCli(['-f', 'json', bundle], { cwd: root });
    const pid = (JSON.parse(r.stdout) as Report).results[0]!.messages.find((m) => m.ruleId === 'shared-pid-namespace');
    assert.equal(pid?.severity, 'error');
    assert.match(r.stderr, /\.ocilint\.yaml: rules\.host-pid-namespace: "host-pid-namespace" is the old name of the rule "shared-pid-namespace"/);
    assert.match(r.stderr, /unsuppressible: "host-uts-namespace" is the old name of the rule "shared-uts-namespace"/);
  });

  it('an annotation with an old id still suppresses the rule, and suppression-annotation says to rename it', () => {
    const { root, bundle } = project({ annotations: { 'dev.ocilint.ignore/host-pid-namespace': 'the agent needs the host PID namespace' } });
    const r = runCli(['-f', 'json', bundle], { cwd: root });
    const report = (JSON.parse(r.stdout) as Report).results[0]!;
    assert.deepEqual(report.suppressed.map((d) => d.ruleId), ['shared-pid-namespace']);
    assert.ok(report.messages.some((m) => m.ruleId === 'suppression-annotation' && m.messageId === 'renamedRule' && m.severity === 'warning'), JSON.stringify(report.messages));
    assert.ok(!report.messages.some((m) => m.ruleId === 'unused-suppression'));
  });

  it('the suppressions file counts an old id for the new rule, with a warning', () => {
    const { root } = project();
    fs.writeFileSync(path.join(root, 'ocilint-suppressions.json'), JSON.stringify({ 'b/config.json': { 'host-pid-namespace': { count: 1 } } }));
    const r = runCli(['-f', 'json', 'b'], { cwd: root });
    const report = (JSON.parse(r.stdout) as Report).results[0]!;
    assert.deepEqual(report.suppressed.map((d) => d.ruleId), ['shared-pid-namespace']);
    assert.match(r.stderr, /"host-pid-namespace" is the old name of the rule "shared-pid-namespace"/);
  });

  it('--explain and --suppress-rule take an old id', () => {
    const r = runCli(['--explain', 'host-hooks']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^hook-runs-on-host$/m);
    assert.match(r.stderr, /--explain: "host-hooks" is the old name of the rule "hook-runs-on-host"/);
    const { root } = project();
    const s = runCli(['-f', 'json', '--suppress-rule', 'host-pid-namespace', 'b'], { cwd: root });
    assert.ok(s.code === 0 || s.code === 1, s.stderr);
    const file = JSON.parse(fs.readFileSync(path.join(root, 'ocilint-suppressions.json'), 'utf8')) as Record<string, Record<string, unknown>>;
    assert.deepEqual(Object.keys(file['b/config.json']!), ['shared-pid-namespace']);
  });
});
