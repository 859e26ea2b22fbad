// Facts derived once per bundle (ctx.memo, kept by the engine's context of that bundle) must
// belong to their bundle: a run over several bundles gives each the findings it would get alone,
// and nothing of a finished bundle stays remembered.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { lint } from '../../src/index.js';
import { DirBundleSource } from '../../src/bundle/dir-source.js';
import { lintSource } from '../../src/engine/lint.js';
import { resolveSettings } from '../../src/engine/presets.js';
import { defineRule, type BundleFacts } from '../../src/rules/api.js';
import { BASE_TREE, buildBundle, tempDir } from '../helpers/fixture.js';
import { baseConfig, merge, unprivilegedConfig } from '../helpers/rule-tester.js';

describe('facts derived once per bundle', () => {
  it('are derived once per bundle, whichever rules ask, and again for the next bundle', async () => {
    const calls: string[] = [];
    const cwdOf = (facts: BundleFacts): string => {
      calls.push(facts.config.process?.cwd ?? '');
      return (facts.config.process?.cwd ?? '').toUpperCase();
    };
    const asking = (id: string) =>
      defineRule({
        meta: { id, description: 'Test rule.', category: 'best-practice', defaultSeverity: 'info', messages: { seen: { headline: 'seen {{cwd}}' } } },
        check(ctx) {
          ctx.report({ messageId: 'seen', data: { cwd: ctx.memo(cwdOf) } });
        },
      });
    const rules = [asking('first-asker'), asking('second-asker')];
    const settings = resolveSettings(rules.map((r) => r.meta), 'all');
    const seen: string[][] = [];
    for (const cwd of ['/a', '/b']) {
      const dir = path.join(tempDir(), 'bundle');
      buildBundle(dir, { config: JSON.stringify(merge(baseConfig(), { process: { cwd } })), rootfs: BASE_TREE });
      const r = await lintSource(new DirBundleSource(path.join(dir, 'config.json'), dir), { rules, settings });
      seen.push(r.diagnostics.map((d) => d.message));
    }
    assert.deepEqual(calls, ['/a', '/b']);
    assert.deepEqual(seen, [['seen /A', 'seen /A'], ['seen /B', 'seen /B']]);
  });

  it('belong to their bundle in a run over several (capabilities, namespaces, mounts, seccomp)', async () => {
    const root = tempDir('ocilint-per-bundle-');
    const risky = merge(unprivilegedConfig(), {
      process: { capabilities: { bounding: ['CAP_SYS_ADMIN'], effective: ['CAP_SYS_ADMIN'], permitted: ['CAP_SYS_ADMIN'] } },
      mounts: [{ destination: '/data', type: 'bind', source: '/', options: ['rbind', 'rw'] }],
    });
    const plain = unprivilegedConfig();
    // Alternate the two so that each bundle follows one that derived other facts.
    const names = ['a1', 'b1', 'a2', 'b2'];
    for (const name of names) {
      fs.mkdirSync(path.join(root, name));
      fs.writeFileSync(path.join(root, name, 'config.json'), JSON.stringify(name.startsWith('a') ? risky : plain));
    }
    const alone = new Map<string, string[]>();
    for (const name of names) {
      const [r] = await lint([name], { cwd: root, configOnly: true });
      alone.set(name, r!.diagnostics.map((d) => `${d.ruleId} ${d.message}`));
    }
    assert.ok(alone.get('a1')!.some((l) => l.startsWith('capability-dangerous')), 'the risky config has a capability finding');
    assert.ok(!alone.get('b1')!.some((l) => l.startsWith('capability-dangerous')), 'the plain config has none');
    for (const concurrency of [1, 2]) {
      const together = await lint(names, { cwd: root, configOnly: true, concurrency });
      assert.deepEqual(
        together.map((r) => r.diagnostics.map((d) => `${d.ruleId} ${d.message}`)),
        names.map((n) => alone.get(n)),
        `concurrency ${concurrency}`,
      );
    }
  });
});
