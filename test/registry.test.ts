// The rule file, its registry line, its doc page and its test must agree.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { allRules } from '../src/rules/all.js';
import { repoRoot } from './helpers/paths.js';

const REFERENCE = path.join(repoRoot, '..', 'shared', 'reference', 'runtime-spec');

const NOT_RULES = new Set(['api.ts', 'index.ts', 'all.ts']);

/** A headline as a report shows it, with each placeholder as a value of 8 characters. */
const shown = (headline: string): string => headline.replace(/\{\{\w+\}\}/g, 'xxxxxxxx');

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
  it('gives every message a short headline: what is wrong, without the why or the fix', () => {
    const problems: string[] = [];
    for (const r of allRules) {
      for (const [id, m] of Object.entries(r.meta.messages)) {
        const where = `${r.meta.id}/${id}`;
        // config-schema's headline is the schema layer's message, made for one line.
        if (m.headline !== '{{message}}' && shown(m.headline).length > 90) problems.push(`${where}: headline of ${shown(m.headline).length} characters`);
        if (/\bbecause\b/i.test(m.headline)) problems.push(`${where}: "because" in the headline (the why is the detail)`);
        if (/\.$/.test(m.headline)) problems.push(`${where}: the headline ends with a full stop`);
        for (const [part, text] of [['detail', m.detail], ['help', m.help]] as const) {
          if (text !== undefined && !/([.?!)"']|\}\})$/.test(text)) problems.push(`${where}: the ${part} is not a sentence`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });
  it('links every spec section that exists in the runtime-spec text', { skip: fs.existsSync(REFERENCE) ? false : 'no ../shared/reference here' }, () => {
    const missing: string[] = [];
    for (const r of allRules) {
      const m = /^https:\/\/github\.com\/opencontainers\/runtime-spec\/blob\/(v[\d.]+)\/([\w-]+\.md)#(.+)$/.exec(r.meta.spec?.url ?? '');
      if (!m) continue;
      const text = fs.readFileSync(path.join(REFERENCE, m[1]!, 'spec', m[2]!), 'utf8');
      const slugs = [...text.matchAll(/^#+\s+(?:<a name="([^"]+)"[^>]*>(?:<\/a>)?)?\s*(.*)$/gm)].flatMap((h) => [h[1], h[2]!.replace(/<[^>]+>/g, '').trim().toLowerCase().replace(/[^\w\s-]/g, '').replace(/\s+/g, '-')]);
      if (!slugs.includes(m[3])) missing.push(`${r.meta.id}: ${r.meta.spec!.url}`);
    }
    assert.deepEqual(missing, []);
  });
});
