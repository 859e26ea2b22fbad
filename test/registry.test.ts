// The rule file, its registry line, its doc page and its test must agree.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { allRules } from '../src/rules/all.js';
import { repoRoot } from './helpers/paths.js';

const NOT_RULES = new Set(['api.ts', 'index.ts', 'all.ts']);

describe('rule registry', () => {
  const files = fs
    .readdirSync(path.join(repoRoot, 'src', 'rules'))
    .filter((f) => f.endsWith('.ts') && !NOT_RULES.has(f))
    .map((f) => f.slice(0, -3))
    .sort();
  const ids = allRules.map((r) => r.meta.id).sort();

  it('registers every rule file, and nothing else', () => {
    assert.deepEqual(ids, files);
  });
  it('gives each rule a kebab-case id, a description and messages', () => {
    for (const r of allRules) {
      assert.match(r.meta.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.ok(r.meta.description.endsWith('.'), `${r.meta.id}: description should be a sentence`);
      assert.ok(Object.keys(r.meta.messages).length > 0, `${r.meta.id}: no messages`);
      if (r.meta.category === 'security') assert.ok(r.meta.securitySeverity, `${r.meta.id}: security rule without securitySeverity`);
    }
  });
  it('has a doc page and a test file for every rule', () => {
    for (const id of ids) {
      assert.ok(fs.existsSync(path.join(repoRoot, 'docs', 'rules', `${id}.md`)), `docs/rules/${id}.md missing`);
      assert.ok(fs.existsSync(path.join(repoRoot, 'test', 'rules', `${id}.test.ts`)), `test/rules/${id}.test.ts missing`);
    }
  });
  it('has no doc page or test for a rule that does not exist', () => {
    const docs = fs.readdirSync(path.join(repoRoot, 'docs', 'rules')).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => f.slice(0, -3));
    const tests = fs.readdirSync(path.join(repoRoot, 'test', 'rules')).filter((f) => f.endsWith('.test.ts')).map((f) => f.slice(0, -8));
    assert.deepEqual(docs.filter((d) => !ids.includes(d)), []);
    assert.deepEqual(tests.filter((t) => !ids.includes(t)), []);
  });
});
