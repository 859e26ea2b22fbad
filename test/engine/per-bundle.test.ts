// Facts derived once per bundle (src/rules/util/per-bundle.ts) must belong to their bundle: a run
// over several bundles gives each the findings it would get alone, and nothing of a finished
// bundle stays remembered.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { lint } from '../../src/index.js';
import { forgetBundle, lastOnly } from '../../src/rules/util/per-bundle.js';
import { tempDir } from '../helpers/fixture.js';
import { merge, unprivilegedConfig } from '../helpers/rule-tester.js';

describe('facts derived once per bundle', () => {
  it('are derived again for each key, and after forgetBundle', () => {
    const calls: string[] = [];
    const derive = lastOnly((k: { name: string }) => {
      calls.push(k.name);
      return k.name.toUpperCase();
    });
    const a = { name: 'a' };
    const b = { name: 'b' };
    assert.equal(derive(a), 'A');
    assert.equal(derive(a), 'A');
    assert.equal(derive(b), 'B');
    assert.equal(derive(a), 'A');
    forgetBundle();
    assert.equal(derive(a), 'A');
    assert.deepEqual(calls, ['a', 'b', 'a', 'a']);
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
